using System.Buffers;
using System.Text;
using UrduText.Internal;

namespace UrduText;

/// <summary>
/// Writes Urdu in Latin script: <see cref="TransliterationScheme.Readable"/> (names as the world writes them, Roman Urdu
/// for common words), <see cref="TransliterationScheme.AlaLc"/> (scholarly) or <see cref="TransliterationScheme.Reversible"/>
/// (lossless ASCII). Instances are immutable and thread-safe; the gazetteer and the model load once, on first use.
/// </summary>
/// <example>
/// <code>
/// UrduTransliterator.Default.Transliterate("ولادی میر پوتن نے پیانگ یانگ کا دورہ کیا");
/// // "Vladimir Putin ne Pyongyang ka daura kiya"
/// </code>
/// </example>
public sealed class UrduTransliterator
{
    const int StackLimit = 1024;

    readonly ReadableEngine? _readable;

    /// <summary>The shared Readable transliterator with the built-in names only.</summary>
    public static UrduTransliterator Default { get; } = new();

    /// <summary>Creates a <see cref="TransliterationScheme.Readable"/> transliterator with the built-in names.</summary>
    public UrduTransliterator()
        : this(TransliterationScheme.Readable, null)
    {
    }

    /// <summary>Creates a transliterator for <paramref name="scheme"/>.</summary>
    /// <param name="scheme">The output scheme.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not a defined value.</exception>
    public UrduTransliterator(TransliterationScheme scheme)
        : this(scheme, null)
    {
    }

    /// <summary>Creates a transliterator that knows <paramref name="names"/> besides the built-in ones.</summary>
    /// <param name="scheme">The output scheme.</param>
    /// <param name="names">(Urdu, Latin) pairs that win over the built-in gazetteer, e.g. <c>("ایدھی", "Edhi")</c>. Multi-word keys
    /// are matched across spaces; only <see cref="TransliterationScheme.Readable"/> uses them.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not a defined value.</exception>
    /// <exception cref="ArgumentException">A pair has an empty or whitespace Urdu or Latin side.</exception>
    public UrduTransliterator(TransliterationScheme scheme, IEnumerable<KeyValuePair<string, string>>? names)
        : this(scheme, names, null)
    {
    }

    /// <summary>
    /// Creates a <see cref="TransliterationScheme.Readable"/> transliterator that spells words with <paramref name="model"/>
    /// (for example <c>UrduTextData.TransliterationModel</c> from the UrduText.Data package) instead of the built-in model.
    /// </summary>
    /// <param name="model">The lexicon and statistical model.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public UrduTransliterator(TransliterationModel model)
        : this(model, null)
    {
    }

    /// <summary>Creates a <see cref="TransliterationScheme.Readable"/> transliterator with <paramref name="model"/> and the user's own names.</summary>
    /// <param name="model">The lexicon and statistical model.</param>
    /// <param name="names">(Urdu, Latin) pairs that win over everything else, as in the other constructors.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A pair has an empty or whitespace Urdu or Latin side.</exception>
    public UrduTransliterator(TransliterationModel model, IEnumerable<KeyValuePair<string, string>>? names)
        : this(TransliterationScheme.Readable, names, model ?? throw new ArgumentNullException(nameof(model)))
    {
    }

    UrduTransliterator(TransliterationScheme scheme, IEnumerable<KeyValuePair<string, string>>? names, TransliterationModel? model,
        ReadableObserver? observer = null)
    {
        if ((uint)scheme > (uint)TransliterationScheme.Reversible)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(scheme), "Unknown transliteration scheme.");
        }

        Scheme = scheme;
        var user = new List<(string, string)>();
        if (names is not null)
        {
            foreach (var (urdu, latin) in names)
            {
                if (string.IsNullOrWhiteSpace(urdu) || string.IsNullOrWhiteSpace(latin))
                {
                    ThrowHelper.ThrowArgument(nameof(names), "Every name pair needs a non-empty Urdu and Latin side.");
                }

                user.Add((urdu.Trim(), latin.Trim()));
            }
        }

        if (scheme == TransliterationScheme.Readable)
        {
            _readable = new ReadableEngine(user, model, observer);
        }
    }

    /// <summary>The scheme this instance writes.</summary>
    public TransliterationScheme Scheme { get; }

    /// <summary>The model a <see cref="TransliterationScheme.Readable"/> transliterator spells unknown words with; null for the other schemes.</summary>
    public TransliterationModel? Model => _readable?.Model;

    /// <summary>
    /// Creates a <see cref="TransliterationScheme.Readable"/> transliterator whose engine reports its work to
    /// <paramref name="observer"/> (the evaluation tool's counts, tests); <paramref name="model"/> null is the built-in model.
    /// </summary>
    internal static UrduTransliterator Observed(TransliterationModel? model, ReadableObserver observer) =>
        new(TransliterationScheme.Readable, null, model, observer ?? throw new ArgumentNullException(nameof(observer)));

    /// <summary>The largest output <paramref name="sourceLength"/> characters can produce in this scheme.</summary>
    /// <param name="sourceLength">Input length in UTF-16 code units.</param>
    /// <returns>A destination length that always suffices.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sourceLength"/> is negative or the bound exceeds <see cref="int.MaxValue"/>.</exception>
    public int GetMaxTransliteratedLength(int sourceLength)
    {
        if (sourceLength < 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(sourceLength), "The length must not be negative.");
        }

        long factor = Scheme switch
        {
            TransliterationScheme.Reversible => ReversibleScheme.MaxCodeLength,
            TransliterationScheme.AlaLc => AlaLcScheme.MaxExpansion,
            _ => _readable!.MaxExpansion,
        };
        long max = sourceLength * factor;
        if (max > int.MaxValue)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(sourceLength), "The output would exceed the largest possible string.");
        }

        return (int)max;
    }

    /// <summary>Transliterates <paramref name="text"/>; returns the same instance when nothing changes (text without Urdu).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The Latin text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public string Transliterate(string text)
    {
        if (text is null)
        {
            ThrowHelper.ThrowArgumentNull(nameof(text));
        }

        return Convert(text, reverse: false);
    }

    /// <summary>Transliterates <paramref name="source"/> into <paramref name="destination"/>.</summary>
    /// <param name="source">The text.</param>
    /// <param name="destination">Where the Latin text is written; <see cref="GetMaxTransliteratedLength"/> always suffices.</param>
    /// <param name="charsConsumed">How much of <paramref name="source"/> was transliterated (whole words: a multi-word name is never split).</param>
    /// <param name="charsWritten">How much of <paramref name="destination"/> was written.</param>
    /// <returns><see cref="OperationStatus.Done"/>, or <see cref="OperationStatus.DestinationTooSmall"/> (call again with the rest of the source).</returns>
    public OperationStatus Transliterate(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten)
    {
        var writer = new OutputWriter(destination);
        switch (Scheme)
        {
            case TransliterationScheme.Reversible:
                ReversibleScheme.Encode(source, ref writer, out charsConsumed);
                break;
            case TransliterationScheme.AlaLc:
                AlaLcScheme.Run(source, ref writer, out charsConsumed);
                break;
            default:
                _readable!.Run(source, ref writer, out charsConsumed);
                break;
        }

        charsWritten = writer.Written;
        return charsConsumed == source.Length ? OperationStatus.Done : OperationStatus.DestinationTooSmall;
    }

    /// <summary>Decodes text written in the <see cref="TransliterationScheme.Reversible"/> scheme back into the exact original.</summary>
    /// <param name="text">Reversible-scheme text.</param>
    /// <returns>The original text; characters that are not codes pass through.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string FromReversible(string text)
    {
        if (text is null)
        {
            ThrowHelper.ThrowArgumentNull(nameof(text));
        }

        return s_reversible.Convert(text, reverse: true);
    }

    static readonly UrduTransliterator s_reversible = new(TransliterationScheme.Reversible);

    /// <summary>Decodes <see cref="TransliterationScheme.Reversible"/> text into <paramref name="destination"/> (never longer than the source).</summary>
    /// <param name="source">Reversible-scheme text.</param>
    /// <param name="destination">Where the original text is written.</param>
    /// <param name="charsConsumed">How much of <paramref name="source"/> was decoded.</param>
    /// <param name="charsWritten">How much of <paramref name="destination"/> was written.</param>
    /// <returns><see cref="OperationStatus.Done"/> or <see cref="OperationStatus.DestinationTooSmall"/>.</returns>
    public static OperationStatus FromReversible(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten)
    {
        var writer = new OutputWriter(destination);
        ReversibleScheme.Decode(source, ref writer, out charsConsumed);
        charsWritten = writer.Written;
        return charsConsumed == source.Length ? OperationStatus.Done : OperationStatus.DestinationTooSmall;
    }

    string Convert(string text, bool reverse)
    {
        if (text.Length == 0)
        {
            return text;
        }

        int capacity = reverse ? text.Length : (int)Math.Min((long)GetMaxTransliteratedLength(Math.Min(text.Length, 1 << 20)), Array.MaxLength);
        char[]? rented = null;
        Span<char> buffer = capacity <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            ReadOnlySpan<char> source = text;
            StringBuilder? builder = null;
            while (true)
            {
                OperationStatus status = reverse
                    ? FromReversible(source, buffer, out int consumed, out int written)
                    : Transliterate(source, buffer, out consumed, out written);
                if (status == OperationStatus.Done && builder is null)
                {
                    ReadOnlySpan<char> result = buffer[..written];
                    return result.SequenceEqual(text) ? text : result.ToString();
                }

                builder ??= new StringBuilder(text.Length * 2);
                builder.Append(buffer[..written]);
                source = source[consumed..];
                if (status == OperationStatus.Done)
                {
                    return builder.ToString();
                }

                if (consumed == 0)
                {
                    // One unit (a long multi-word match) needs more room than the buffer: grow it.
                    if (rented is not null)
                    {
                        ArrayPool<char>.Shared.Return(rented);
                    }

                    rented = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                    buffer = rented;
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Ranked spellings of a word or name, best first: a known entry (user pairs, gazetteer, exact then fuzzy), the
    /// pipeline's own output, and the statistical model's k-best list with its scores.
    /// </summary>
    /// <param name="text">A word or a name (several words are combined word by word).</param>
    /// <param name="count">How many candidates to return at most.</param>
    /// <returns>Up to <paramref name="count"/> distinct candidates, best first (empty for text without Urdu letters).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public IReadOnlyList<TransliterationCandidate> Candidates(string text, int count = 5)
    {
        if (text is null)
        {
            ThrowHelper.ThrowArgumentNull(nameof(text));
        }

        if (count < 1)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(count), "At least one candidate must be asked for.");
        }

        var engine = _readable ?? Default._readable!;
        return CandidateBuilder.Build(engine, WordNormalizer.KeepArabicLetters.Normalize(text.Trim()), count);
    }
}
