using System.Buffers;
using System.Text;
using UrduText.Internal;
using UrduText.Normalization;

namespace UrduText.Tests.Properties;

/// <summary>A broken invariant: the message names the operation, the input (escaped) and what differed.</summary>
public sealed class InvariantException(string message) : Exception(message);

/// <summary>
/// The invariants every public operation must keep, as plain checks that throw <see cref="InvariantException"/>.
/// Shared by the property tests and the fuzz harness (which links this file), so both assert the same things.
/// </summary>
public static partial class Invariants
{
    /// <summary>The normalizers checked: both shared instances, no rules, and every rule at once.</summary>
    public static readonly UrduNormalizer[] Normalizers =
    [
        UrduNormalizer.Default,
        UrduNormalizer.Search,
        new(UrduNormalizationOptions.None),
        new(UrduNormalizationOptions.Search | UrduNormalizationOptions.UrduPunctuation | UrduNormalizationOptions.SpacingRepair
            | UrduNormalizationOptions.ExpandSymbolLigatures),
        new(UrduNormalizationOptions.Default | UrduNormalizationOptions.UrduDigits),
    ];

    static long s_streamCounter;

    /// <summary>Run the streaming-reader checks (which allocate a window each) on one input in this many; 1 in the tests.</summary>
    public static int StreamEvery { get; set; } = 1;

    static bool Sampled() => StreamEvery <= 1 || Interlocked.Increment(ref s_streamCounter) % StreamEvery == 0;

    /// <summary>Runs every check on <paramref name="text"/>, using <paramref name="random"/> for chunk sizes.</summary>
    public static void CheckAll(string text, Random random)
    {
        foreach (UrduNormalizer normalizer in Normalizers)
        {
            CheckNormalizer(normalizer, text, random);
        }

        CheckTokenizer(text, random);
        CheckSegmentersAndTransliterators(text, random);
    }

    /// <summary>Normalizer: total, idempotent, span == string, vector blocks == scalar loop, chunked == whole, sized by GetMaxNormalizedLength, same instance when unchanged.</summary>
    public static void CheckNormalizer(UrduNormalizer normalizer, string text, Random random)
    {
        string once = normalizer.Normalize(text);
        string twice = normalizer.Normalize(once);
        Require(twice == once, "Normalize is not idempotent", normalizer, text, once, twice);
        Require(once.Length <= normalizer.GetMaxNormalizedLength(text.Length), "output longer than GetMaxNormalizedLength", normalizer, text, once, null);
        Require(!string.Equals(once, text, StringComparison.Ordinal) || ReferenceEquals(once, text), "unchanged text is not returned as the same instance", normalizer, text, once, null);
        Require(normalizer.IsNormalized(once), "IsNormalized(Normalize(x)) is false", normalizer, text, once, null);
        Require(normalizer.IsNormalized(text) == string.Equals(once, text, StringComparison.Ordinal), "IsNormalized(x) disagrees with Normalize(x) == x", normalizer, text, once, null);

        var destination = new char[normalizer.GetMaxNormalizedLength(text.Length)];
        OperationStatus status = normalizer.Normalize(text, destination, out int consumed, out int written);
        Require(status == OperationStatus.Done && consumed == text.Length, $"span Normalize returned {status}, consumed {consumed}", normalizer, text, once, null);
        string span = new(destination, 0, written);
        Require(span == once, "span Normalize differs from string Normalize", normalizer, text, once, span);

        foreach (SimpleBlockWidth width in BlockWidths)
        {
            string other = NormalizeWithBlockWidth(normalizer, width, text);
            Require(other == once, width == SimpleBlockWidth.None ? "the vector blocks differ from the scalar loop" : $"the {width} blocks differ from the normalizer's own", normalizer, text, once, other);
        }

        string small = NormalizeWithSmallDestination(normalizer, text, random.Next(1, 8));
        Require(small == once, "Normalize through DestinationTooSmall differs from one pass", normalizer, text, once, small);

        string chunked = NormalizeInChunks(normalizer, text, random);
        Require(chunked == once, "Normalize over chunks (isFinalBlock: false) differs from one pass", normalizer, text, once, chunked);

        string streamed = Sampled() ? Streamed(normalizer, text, random) : once;
        Require(streamed == once, "UrduStreaming.Normalize differs from one pass", normalizer, text, once, streamed);
    }

    /// <summary>
    /// The block widths this machine runs: none (the scalar loop the blocks must agree with), two 128-bit vectors per
    /// block (the ARM64 width, forced here on x64) and one 256-bit vector where that is accelerated.
    /// </summary>
    internal static SimpleBlockWidth[] BlockWidths { get; } =
        Array.FindAll([SimpleBlockWidth.None, SimpleBlockWidth.Vector128, SimpleBlockWidth.Vector256], SimpleBlocks.IsAccelerated);

    static readonly System.Collections.Concurrent.ConcurrentDictionary<(UrduNormalizationOptions, SimpleBlockWidth), UrduNormalizer> s_byWidth = new();

    /// <summary>The same options with the vector blocks at <paramref name="width"/> (or off), through the span core.</summary>
    internal static string NormalizeWithBlockWidth(UrduNormalizer normalizer, SimpleBlockWidth width, string text)
    {
        UrduNormalizer n = s_byWidth.GetOrAdd((normalizer.Options, width), key => new UrduNormalizer(key.Item1, key.Item2));
        var destination = new char[n.GetMaxNormalizedLength(text.Length)];
        n.Normalize(text, destination, out _, out int written);
        return new string(destination, 0, written);
    }

    /// <summary>Calls the span core with a tiny destination, resuming after each DestinationTooSmall.</summary>
    public static string NormalizeWithSmallDestination(UrduNormalizer normalizer, string text, int destinationLength)
    {
        var output = new StringBuilder();
        var destination = new char[destinationLength];
        ReadOnlySpan<char> rest = text;
        for (int guard = 0; guard <= (text.Length + 1) * 4 + 64; guard++)
        {
            OperationStatus status = normalizer.Normalize(rest, destination, out int consumed, out int written);
            output.Append(destination, 0, written);
            rest = rest[consumed..];
            if (status == OperationStatus.Done)
            {
                return output.ToString();
            }

            if (status != OperationStatus.DestinationTooSmall)
            {
                throw new InvariantException($"Normalize returned {status} on a final block for {Escape(text)}");
            }

            if (consumed == 0 && written == 0)
            {
                destination = new char[destination.Length * 2];
            }
        }

        throw new InvariantException($"Normalize made no progress with a small destination for {Escape(text)}");
    }

    /// <summary>Feeds the span core random-sized chunks with isFinalBlock: false, carrying what it did not consume.</summary>
    public static string NormalizeInChunks(UrduNormalizer normalizer, string text, Random random)
    {
        var output = new StringBuilder();
        var destination = new char[normalizer.GetMaxNormalizedLength(text.Length) + 16];
        int start = 0;
        int available = 0;
        for (int guard = 0; guard <= text.Length * 4 + 64; guard++)
        {
            available = Math.Min(text.Length, Math.Max(available, start) + random.Next(0, 12));
            bool isFinal = available == text.Length;
            OperationStatus status = normalizer.Normalize(text.AsSpan(start, available - start), destination, out int consumed, out int written, isFinal);
            output.Append(destination, 0, written);
            start += consumed;
            if (isFinal && status == OperationStatus.Done)
            {
                return output.ToString();
            }

            if (status is OperationStatus.InvalidData || (isFinal && status == OperationStatus.NeedMoreData))
            {
                throw new InvariantException($"Normalize returned {status} (final: {isFinal}) for {Escape(text)}");
            }
        }

        throw new InvariantException($"Normalize over chunks made no progress for {Escape(text)}");
    }

    static string Streamed(UrduNormalizer normalizer, string text, Random random)
    {
        var writer = new StringWriter();
        long n = normalizer.Normalize(new ChunkedReader(text, random.Next()), writer);
        string result = writer.ToString();
        if (n != result.Length)
        {
            throw new InvariantException($"UrduStreaming.Normalize reported {n} chars but wrote {result.Length} for {Escape(text)}");
        }

        return result;
    }

    /// <summary>Tokenizer: tokens in bounds, ordered, non-empty; gaps are only white space and invisibles; every overload agrees; streaming == one-shot.</summary>
    public static void CheckTokenizer(string text, Random random)
    {
        UrduToken[] tokens = UrduTokenizer.Tokenize(text);
        int previousEnd = 0;
        foreach (UrduToken t in tokens)
        {
            if (t.Length < 1 || t.Start < previousEnd || t.End > text.Length)
            {
                throw new InvariantException($"token {t} out of order or bounds (previous end {previousEnd}) in {Escape(text)}");
            }

            CheckGap(text, previousEnd, t.Start);
            CheckBoundary(text, t.Start, "start");
            CheckBoundary(text, t.End, "end");
            previousEnd = t.End;
        }

        CheckGap(text, previousEnd, text.Length);

        int i = 0;
        foreach (UrduToken t in UrduTokenizer.EnumerateTokens(text))
        {
            if (i >= tokens.Length || t != tokens[i])
            {
                throw new InvariantException($"EnumerateTokens differs from Tokenize at token {i} in {Escape(text)}");
            }

            i++;
        }

        if (i != tokens.Length)
        {
            throw new InvariantException($"EnumerateTokens gave {i} tokens, Tokenize {tokens.Length}, for {Escape(text)}");
        }

        int count = UrduTokenizer.CountTokens(text);
        if (count != tokens.Length)
        {
            throw new InvariantException($"CountTokens gave {count}, Tokenize {tokens.Length}, for {Escape(text)}");
        }

        CheckTokenPaths(text);
        CheckTokenizeSpanSmallDestination(text, tokens, random.Next(1, 4));
        if (Sampled())
        {
            CheckTokenStream(text, tokens, random);
        }
    }

    static void CheckTokenizeSpanSmallDestination(string text, UrduToken[] expected, int destinationLength)
    {
        var destination = new UrduToken[destinationLength];
        var all = new List<UrduToken>();
        int offset = 0;
        for (int guard = 0; guard <= text.Length + 2; guard++)
        {
            OperationStatus status = UrduTokenizer.Tokenize(text.AsSpan(offset), destination, out int consumed, out int written);
            for (int k = 0; k < written; k++)
            {
                all.Add(destination[k] with { Start = destination[k].Start + offset });
            }

            if (status == OperationStatus.Done)
            {
                CompareTokens(text, expected, all, "Tokenize(span) resumed after DestinationTooSmall");
                return;
            }

            if (status != OperationStatus.DestinationTooSmall || (consumed == 0 && written == 0))
            {
                throw new InvariantException($"Tokenize(span) returned {status} with no progress for {Escape(text)}");
            }

            offset += consumed;
        }

        throw new InvariantException($"Tokenize(span) made no progress for {Escape(text)}");
    }

    static void CheckTokenStream(string text, UrduToken[] expected, Random random)
    {
        var reader = new UrduTokenReader(new ChunkedReader(text, random.Next()), initialWindowLength: 520 + random.Next(0, 200), maxWindowLength: 1 << 16);
        var all = new List<UrduToken>();
        while (reader.Read())
        {
            if (!reader.Text.SequenceEqual(text.AsSpan((int)reader.Start, reader.Length)))
            {
                throw new InvariantException($"UrduTokenReader.Text does not match the input at {reader.Start} in {Escape(text)}");
            }

            all.Add(new UrduToken((int)reader.Start, reader.Length, reader.Kind));
        }

        CompareTokens(text, expected, all, "UrduTokenReader over random chunks");

        // Reset: the same reader, its window now holding the tail of this input, starts over on the next one.
        reader.Reset(new ChunkedReader(text, random.Next()));
        all.Clear();
        while (reader.Read())
        {
            all.Add(new UrduToken((int)reader.Start, reader.Length, reader.Kind));
        }

        CompareTokens(text, expected, all, "UrduTokenReader after Reset");
    }

    static void CompareTokens(string text, UrduToken[] expected, List<UrduToken> actual, string what)
    {
        for (int k = 0; k < Math.Max(expected.Length, actual.Count); k++)
        {
            UrduToken? e = k < expected.Length ? expected[k] : null;
            UrduToken? a = k < actual.Count ? actual[k] : null;
            if (e != a)
            {
                throw new InvariantException($"{what} differs from Tokenize at token {k}: expected {e}, actual {a}, in {Escape(text)}");
            }
        }
    }

    /// <summary>Text between tokens may only be white space or invisible format characters: nothing is dropped.</summary>
    static void CheckGap(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            CharClass cls = CharClasses.Of(text[k]);
            if (cls is not (CharClass.Space or CharClass.LineBreak or CharClass.Format or CharClass.ZeroWidthNonJoiner or CharClass.ZeroWidthJoiner or CharClass.VariationSelector or CharClass.Tatweel))
            {
                throw new InvariantException($"U+{(int)text[k]:X4} ({cls}) at {k} is in no token, in {Escape(text)}");
            }
        }
    }

    /// <summary>A token boundary never splits a surrogate pair or a letter from its combining marks.</summary>
    static void CheckBoundary(string text, int index, string which)
    {
        if (index <= 0 || index >= text.Length)
        {
            return;
        }

        if (char.IsHighSurrogate(text[index - 1]) && char.IsLowSurrogate(text[index]))
        {
            throw new InvariantException($"token {which} at {index} splits a surrogate pair in {Escape(text)}");
        }

        if (CharClasses.Of(text[index]) == CharClass.CombiningMark && CharClasses.IsArabicScriptLetter(CharClasses.Of(text[index - 1])))
        {
            throw new InvariantException($"token {which} at {index} separates a letter from its mark in {Escape(text)}");
        }
    }

    static void Require(bool condition, string what, UrduNormalizer normalizer, string input, string expected, string? actual)
    {
        if (!condition)
        {
            throw new InvariantException($"{what} [{normalizer.Options}]: input {Escape(input)}, one pass {Escape(expected)}" + (actual is null ? "" : $", got {Escape(actual)}"));
        }
    }

    /// <summary>Escapes everything outside printable ASCII as \uXXXX, so that failures show invisible characters and lone surrogates.</summary>
    public static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length * 2 + 2).Append('"');
        foreach (char c in s.Length > 400 ? s[..400] : s)
        {
            if (c is >= ' ' and < '\u007F' and not '\\' and not '"')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (s.Length > 400)
        {
            sb.Append("…(").Append(s.Length).Append(" chars)");
        }

        return sb.Append('"').ToString();
    }
}

/// <summary>A reader that hands out its text in random-sized pieces (1–97 chars), to move chunk boundaries around.</summary>
public sealed class ChunkedReader(string text, int seed) : TextReader
{
    readonly Random _random = new(seed);
    int _position;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int n = Math.Min(Math.Min(buffer.Length, text.Length - _position), _random.Next(1, 98));
        text.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override int Peek() => _position < text.Length ? text[_position] : -1;

    public override int Read() => _position < text.Length ? text[_position++] : -1;
}
