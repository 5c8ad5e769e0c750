using System.Buffers;
using System.Runtime.CompilerServices;
using UrduText.Internal;
using UrduText.Normalization;

namespace UrduText;

/// <summary>Turns Arabic-script text as it really arrives (Arabic keyboards, PDF presentation forms, kashida, stray controls) into canonical Urdu.</summary>
/// <remarks>
/// <para>Instances are immutable and thread-safe. Every rule is listed, code point by code point, in docs/normalization.md.</para>
/// <para>Normalization can grow text: ﷲ U+FDF2 becomes اللہ (4 code units), a lam-alef ligature becomes lam + alef, and
/// <see cref="UrduNormalizationOptions.ExpandSymbolLigatures"/> and <see cref="UrduNormalizationOptions.SpacingRepair"/> add
/// more. <see cref="GetMaxNormalizedLength"/> gives the exact bound.</para>
/// <para>The span core follows the runtime's transcoding contract: a short destination returns
/// <see cref="OperationStatus.DestinationTooSmall"/> with the progress made, and calling again with the rest of the source
/// continues as if the text had been normalized in one call. It never splits a surrogate pair, a base letter from its
/// marks, or (with <see cref="UrduNormalizationOptions.DoChashmiRestoration"/>) a word that holds an Arabic heh.</para>
/// </remarks>
public sealed partial class UrduNormalizer
{
    /// <summary>Mark runs longer than this keep their tail in input order, so that pathological input stays linear.</summary>
    internal const int MaxOrderedMarks = 32;

    // The rules compiled for these options: every table below is built from them, and the general loop calls them.
    readonly NormalizationRules _rules;

    // Per-options 64K tables, built once in the constructor so that the hot loops do one lookup per character instead
    // of a class lookup followed by branches through the option flags.
    // _scan: see NormalizationRules.BuildScanTable.
    readonly byte[] _scan;

    // Clears whole vectors of canonical text before the per-code-unit table (null without vector hardware).
    readonly CanonicalPrefilter? _prefilter;

    // _simpleKind: a SimpleKind per code unit. _simpleMap holds what Simple, Letter, Heh and Space become.
    // Null when runs are off (spacing repair, Urdu punctuation: both look at neighbours).
    readonly byte[]? _simpleKind;
    readonly char[]? _simpleMap;

    // Maps 16 code units at a time inside fast runs when they qualify (null without vector hardware or D5/D6).
    readonly SimpleBlocks? _blocks;

    /// <summary>The canonical scan's vector prefilter, or null (tests look at what it was built to exclude).</summary>
    internal CanonicalPrefilter? Prefilter => _prefilter;

    /// <summary>The rules compiled for <see cref="Options"/> (tests check them against the normalizer's output).</summary>
    internal NormalizationRules Rules => _rules;

    /// <summary>Whether fast runs map whole vectors of code units (tests check that the comparison with the scalar loop means something).</summary>
    internal bool UsesVectorBlocks => _blocks is not null;

    /// <summary>The width the blocks classify with, or <see cref="SimpleBlockWidth.None"/> when there are none.</summary>
    internal SimpleBlockWidth BlockWidth => _blocks is null ? SimpleBlockWidth.None : _blocks.Width256 ? SimpleBlockWidth.Vector256 : SimpleBlockWidth.Vector128;

    /// <summary>Creates a normalizer that applies <paramref name="options"/>.</summary>
    /// <param name="options">The rules to apply.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a bit that names no rule.</exception>
    public UrduNormalizer(UrduNormalizationOptions options)
        : this(options, SimpleBlocks.BestWidth)
    {
    }

    /// <summary>Creates a normalizer; tests choose the vector blocks' width (or none) to compare every width with the scalar loop.</summary>
    /// <param name="options">The rules to apply.</param>
    /// <param name="blockWidth">
    /// The width fast runs map 16 code units at a time with (<see cref="SimpleBlocks"/>), or
    /// <see cref="SimpleBlockWidth.None"/>; a width not accelerated here means none.
    /// </param>
    internal UrduNormalizer(UrduNormalizationOptions options, SimpleBlockWidth blockWidth)
    {
        bool vectorBlocks = blockWidth != SimpleBlockWidth.None && SimpleBlocks.IsAccelerated(blockWidth);
        if ((options & ~NormalizationRules.AllOptions) != 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(options), "Unknown normalization option bits.");
        }

        Options = options;
        _rules = new NormalizationRules(options);
        _scan = _rules.BuildScanTable();
        _prefilter = CanonicalPrefilter.Create(c => (_scan[c] & 3) == NormalizationRules.ScanStable, marksKeptInOrder: !_rules.S1 && !_rules.Spacing);
        if (_rules.FastRuns)
        {
            _rules.BuildSimpleTables(out _simpleKind, out _simpleMap);
            (char First, char Second)[]? lamAlef = vectorBlocks ? _rules.LamAlefExpansions() : null;
            if (lamAlef is not null)
            {
                // Kind-0 entries of the map are free (the scalar loop never reads them): the blocks write the lam from there.
                for (int i = 0; i < lamAlef.Length; i++)
                {
                    _simpleMap![SimpleBlocks.LamAlefFirst + i] = lamAlef[i].First;
                }
            }

            _blocks = vectorBlocks ? SimpleBlocks.Create(_simpleKind, _simpleMap, _rules.D2a, lamAlef, blockWidth) : null;
        }
    }

    /// <summary>The shared meaning-preserving normalizer (<see cref="UrduNormalizationOptions.Default"/>). Thread-safe.</summary>
    public static UrduNormalizer Default { get; } = new(UrduNormalizationOptions.Default);

    /// <summary>The shared search normalizer (<see cref="UrduNormalizationOptions.Search"/>). Thread-safe.</summary>
    public static UrduNormalizer Search { get; } = new(UrduNormalizationOptions.Search);

    /// <summary>The rules this instance applies.</summary>
    public UrduNormalizationOptions Options { get; }
    /// <summary>Normalizes <paramref name="text"/>; returns the same instance when nothing changes.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <returns>The normalized text (<paramref name="text"/> itself when it is already normalized).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public string Normalize(string text)
    {
        if (text is null)
        {
            ThrowHelper.ThrowArgumentNull(nameof(text));
        }

        int start = FindFirstChangedLine(text);
        return start < 0 ? text : NormalizeFrom(text, start);
    }

    string NormalizeFrom(string text, int start)
    {
        ReadOnlySpan<char> rest = text.AsSpan(start);
        int capacity = (int)Math.Min(Array.MaxLength, (long)text.Length + (rest.Length >> 3) + 16);
        char[]? rented = null;
        Span<char> buffer = capacity <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        text.AsSpan(0, start).CopyTo(buffer);
        int written = start;
        int consumed = 0;
        while (true)
        {
            OperationStatus status = Core(rest[consumed..], buffer[written..], out int c, out int w, isFinalBlock: true);
            consumed += c;
            written += w;
            if (status == OperationStatus.Done)
            {
                break;
            }

            // DestinationTooSmall: grow (doubling also covers a unit larger than the space left).
            char[] bigger = ArrayPool<char>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(16L, buffer.Length * 2L)));
            buffer[..written].CopyTo(bigger);
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }

            rented = bigger;
            buffer = bigger;
        }

        string result = new(buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>Normalizes <paramref name="source"/> into <paramref name="destination"/>.</summary>
    /// <param name="source">The text to normalize.</param>
    /// <param name="destination">Where the normalized text is written.</param>
    /// <param name="charsConsumed">How much of <paramref name="source"/> was processed.</param>
    /// <param name="charsWritten">How much of <paramref name="destination"/> was written.</param>
    /// <param name="isFinalBlock"><see langword="false"/> when more text follows <paramref name="source"/>.</param>
    /// <returns>
    /// <see cref="OperationStatus.Done"/> when all of <paramref name="source"/> was normalized;
    /// <see cref="OperationStatus.DestinationTooSmall"/> when <paramref name="destination"/> filled up (call again with
    /// <c>source[charsConsumed..]</c> and more room); <see cref="OperationStatus.NeedMoreData"/> when
    /// <paramref name="isFinalBlock"/> is <see langword="false"/> and the tail cannot be decided yet (a base letter that more
    /// marks may follow, pending spaces, a word still open for do-chashmi restoration): call again with
    /// <c>source[charsConsumed..]</c> followed by the next block.
    /// </returns>
    /// <remarks>
    /// A destination shorter than one indivisible unit (a code point with its marks, or a word holding an Arabic heh when
    /// D2a is on) makes no progress; <see cref="GetMaxNormalizedLength"/> of the source length always suffices.
    /// Never throws and never allocates.
    /// </remarks>
    public OperationStatus Normalize(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten, bool isFinalBlock = true)
    {
        // Whole unchanged lines are copied as they are (lines are independent, so this equals normalizing them). The
        // scan is bounded by the destination so that a caller looping with a small buffer does not rescan the source.
        ReadOnlySpan<char> head = source.Length <= destination.Length ? source : source[..destination.Length];
        int limit = isFinalBlock && head.Length == source.Length ? head.Length : head.LastIndexOfAny(CharPredicates.LineBreaks) + 1;
        int prefix = FindFirstChangedLine(head);
        prefix = prefix < 0 ? limit : Math.Min(prefix, limit);
        source[..prefix].CopyTo(destination);
        OperationStatus status = Core(source[prefix..], destination[prefix..], out charsConsumed, out charsWritten, isFinalBlock);
        charsConsumed += prefix;
        charsWritten += prefix;
        return status;
    }

    /// <summary>
    /// Normalizes <paramref name="source"/> into <paramref name="destination"/> and records, for each character written,
    /// where in <paramref name="source"/> it came from: the map a highlighter or a Lucene char filter needs to point
    /// results in normalized text back at the original.
    /// </summary>
    /// <param name="source">The text to normalize.</param>
    /// <param name="destination">Where the normalized text is written.</param>
    /// <param name="sourceIndices">
    /// Receives, at <c>[k]</c> for each character <c>destination[k]</c> written, the index in <paramref name="source"/> of
    /// the unit that character comes from. Must be at least as long as <paramref name="destination"/>.
    /// </param>
    /// <param name="charsConsumed">How much of <paramref name="source"/> was processed.</param>
    /// <param name="charsWritten">How much of <paramref name="destination"/> (and of <paramref name="sourceIndices"/>) was written.</param>
    /// <param name="isFinalBlock"><see langword="false"/> when more text follows <paramref name="source"/>.</param>
    /// <returns>The same status, and the same output, as <see cref="Normalize(ReadOnlySpan{char}, Span{char}, out int, out int, bool)"/>.</returns>
    /// <remarks>
    /// <para>A unit is a code point together with the combining marks after it (a mark, moved into canonical order or
    /// composed with its letter, belongs to that letter; a mark at the start of a line has no letter and is a unit of its
    /// own), a run of spaces, or a CR LF pair. The index of a unit is the
    /// index of its first code unit, so every character of an expanded ligature (ﻻ → لا) carries the ligature's index and
    /// a surrogate pair carries the index of its high surrogate. A space inserted by
    /// <see cref="UrduNormalizationOptions.SpacingRepair"/> belongs to the unit after it. Removed characters (tatweel,
    /// invisibles, diacritics) write nothing, so no index points at them: the source a unit covers runs from its index
    /// to the next unit's index, removed characters included.</para>
    /// <para>Indices never decrease. Slower than the plain overload (it takes the code-point loop throughout, without the
    /// table and vector fast paths); never throws for any text and never allocates.</para>
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="sourceIndices"/> is shorter than <paramref name="destination"/>.</exception>
    public OperationStatus NormalizeWithSourceIndices(ReadOnlySpan<char> source, Span<char> destination, Span<int> sourceIndices, out int charsConsumed, out int charsWritten, bool isFinalBlock = true)
    {
        if (sourceIndices.Length < destination.Length)
        {
            ThrowHelper.ThrowArgument(nameof(sourceIndices), "The index span must be at least as long as the destination.");
        }

        var sink = new SourceIndexWriter(sourceIndices, 0);
        return Core(source, destination, ref sink, out charsConsumed, out charsWritten, isFinalBlock);
    }

    /// <summary>Normalizes all of <paramref name="source"/> into <paramref name="destination"/> if it fits.</summary>
    /// <param name="source">The text to normalize.</param>
    /// <param name="destination">Where the normalized text is written.</param>
    /// <param name="charsWritten">The normalized length, or 0 when it did not fit.</param>
    /// <returns><see langword="true"/> when the whole normalized text was written.</returns>
    public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten)
    {
        if (Normalize(source, destination, out _, out charsWritten) == OperationStatus.Done)
        {
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>
    /// Normalizes the text <c>buffer[..length]</c> in place, using the rest of <paramref name="buffer"/> as room to grow
    /// (the <c>char[] buffer, int length</c> contract of Lucene's term attribute).
    /// </summary>
    /// <param name="buffer">Holds the text at its start; the normalized text replaces it there.</param>
    /// <param name="length">The length of the text in <paramref name="buffer"/>.</param>
    /// <param name="normalizedLength">The length of the normalized text, or <paramref name="length"/> when it did not fit.</param>
    /// <returns>
    /// <see langword="true"/> when the normalized text fits in <paramref name="buffer"/>; <see langword="false"/> leaves
    /// <paramref name="buffer"/> unchanged (call <see cref="GetMaxNormalizedLength"/> and retry with a larger buffer).
    /// </returns>
    /// <remarks>
    /// Output never grows unless the text holds a presentation form that expands (lam-alef ligatures, ﷲ and the other
    /// word ligatures, the two- and three-letter ligatures of U+FC00–U+FDFF), a symbol ligature with
    /// <see cref="UrduNormalizationOptions.ExpandSymbolLigatures"/>, or <see cref="UrduNormalizationOptions.SpacingRepair"/>
    /// is on. In every other case the text is rewritten in place without any scratch buffer and the call cannot fail;
    /// otherwise a pooled scratch buffer is used.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative or larger than <paramref name="buffer"/>.</exception>
    public bool TryNormalizeInPlace(Span<char> buffer, int length, out int normalizedLength)
    {
        if ((uint)length > (uint)buffer.Length)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(length), "The length must be between 0 and the buffer length.");
        }

        ReadOnlySpan<char> text = buffer[..length];
        if (!MayGrow(text))
        {
            // Every unit writes no more than it read, so the writer never overtakes the reader.
            Core(text, buffer, out _, out normalizedLength, isFinalBlock: true);
            return true;
        }

        int max = GetMaxNormalizedLength(length);
        char[]? rented = null;
        Span<char> scratch = max <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(max));
        Core(text, scratch, out _, out int written, isFinalBlock: true);
        bool fits = written <= buffer.Length;
        if (fits)
        {
            scratch[..written].CopyTo(buffer);
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        normalizedLength = fits ? written : length;
        return fits;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    bool MayGrow(ReadOnlySpan<char> text)
    {
        if (_rules.Spacing)
        {
            return true;
        }

        if (!_rules.D1 && !_rules.ExpandSymbols)
        {
            return false;
        }

        foreach (char c in text)
        {
            if ((uint)(c - NormalizationTables.FormsAStart) > NormalizationTables.FormsBEnd - NormalizationTables.FormsAStart)
            {
                continue;
            }

            if (_rules.ExpandSymbols && NormalizationRules.IsSymbolLigature(c))
            {
                return true;
            }

            if (_rules.D1 && NormalizationRules.FormMapping(c).Length > 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when normalizing <paramref name="text"/> would not change it.</summary>
    /// <param name="text">The text to check.</param>
    /// <returns>Whether the text is already normalized.</returns>
    /// <remarks>Never allocates: a fast table scan, with the normalizer itself run on any line the scan cannot clear.</remarks>
    public bool IsNormalized(ReadOnlySpan<char> text) => FindFirstChangedLine(text) < 0;

    /// <summary>The largest output <paramref name="sourceLength"/> characters can normalize to.</summary>
    /// <param name="sourceLength">Input length in UTF-16 code units.</param>
    /// <returns>
    /// A destination length that always suffices: <paramref name="sourceLength"/> × the largest expansion of one code unit
    /// (1; 4 with <see cref="UrduNormalizationOptions.PresentationForms"/>, for ﷲ → اللہ; 22 with
    /// <see cref="UrduNormalizationOptions.ExpandSymbolLigatures"/>, for ﷽), plus <paramref name="sourceLength"/> more with
    /// <see cref="UrduNormalizationOptions.SpacingRepair"/> (at most one inserted space per code unit).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sourceLength"/> is negative, or the bound exceeds <see cref="int.MaxValue"/>.</exception>
    public int GetMaxNormalizedLength(int sourceLength)
    {
        if (sourceLength < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(sourceLength), "The length must not be negative.");
        }

        long max = (long)sourceLength * _rules.MaxExpansion;
        if (max > int.MaxValue)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(sourceLength), "The normalized length could exceed Int32.MaxValue.");
        }

        return (int)max;
    }

}
