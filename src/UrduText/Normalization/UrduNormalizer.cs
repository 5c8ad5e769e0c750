using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    const int ExpandedLigatureMaxLength = 22; // ﷽ → بسم اللہ الرحمن الرحیم

    static readonly SearchValues<char> s_lineBreaks = SearchValues.Create("\n\v\f\r\u0085\u2028\u2029");

    readonly bool _d1;
    readonly bool _d2;
    readonly bool _d2a;
    readonly bool _d3;
    readonly bool _d4;
    readonly bool _d5;
    readonly bool _d6;
    readonly bool _d7;
    readonly bool _s1;
    readonly bool _s2;
    readonly bool _s3;
    readonly bool _s4;
    readonly bool _urduPunctuation;
    readonly bool _spacing;
    readonly bool _expandSymbols;
    readonly bool _urduDigits;
    readonly bool _handleSpaces;
    readonly bool _replaceLoneSurrogates;
    readonly uint _attention;
    readonly uint _simple;
    readonly bool _fastRuns;

    // Per-options 64K tables, built once in the constructor so that the hot loops do one lookup per character instead
    // of a class lookup followed by branches through the option flags.
    // _scan, low bits: 0 = this code unit never changes under these options whatever surrounds it; 2 = a plain space
    // under D6 (changes only after a space or at a line start); 1 = look closer. SpaceOrBreakBit marks the classes after
    // which a plain space needs that closer look, so that the scan decides spaces without a branch.
    readonly byte[] _scan;

    const byte SpaceOrBreakBit = 0x80;

    // Clears whole vectors of canonical text before the per-code-unit table (null without vector hardware).
    readonly CanonicalPrefilter? _prefilter;

    // _simpleKind: a SimpleKind per code unit. _simpleMap holds what Simple, Letter, Heh and Space become.
    // Null when runs are off (spacing repair, Urdu punctuation: both look at neighbours).
    readonly byte[]? _simpleKind;
    readonly char[]? _simpleMap;

    // Maps 16 code units at a time inside fast runs when they qualify (null without vector hardware or D5/D6).
    readonly SimpleBlocks? _blocks;

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
        const UrduNormalizationOptions all = UrduNormalizationOptions.Search | UrduNormalizationOptions.UrduPunctuation
            | UrduNormalizationOptions.SpacingRepair | UrduNormalizationOptions.ExpandSymbolLigatures | UrduNormalizationOptions.UrduDigits;
        if ((options & ~all) != 0)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(options), "Unknown normalization option bits.");
        }

        Options = options;
        _d1 = Has(options, UrduNormalizationOptions.PresentationForms);
        _d2 = Has(options, UrduNormalizationOptions.ArabicLetters);
        _d2a = Has(options, UrduNormalizationOptions.DoChashmiRestoration);
        _d3 = Has(options, UrduNormalizationOptions.ArabicIndicDigits);
        _d4 = Has(options, UrduNormalizationOptions.ComposeHamzaAndMadda);
        _d5 = Has(options, UrduNormalizationOptions.RemoveInvisibles);
        _d6 = Has(options, UrduNormalizationOptions.Whitespace);
        _d7 = Has(options, UrduNormalizationOptions.CanonicalMarkOrder);
        _s1 = Has(options, UrduNormalizationOptions.RemoveDiacritics);
        _s2 = Has(options, UrduNormalizationOptions.AsciiDigits);
        _s3 = Has(options, UrduNormalizationOptions.RemoveZwnj);
        _s4 = Has(options, UrduNormalizationOptions.LowercaseLatin);
        _urduPunctuation = Has(options, UrduNormalizationOptions.UrduPunctuation);
        _spacing = Has(options, UrduNormalizationOptions.SpacingRepair);
        _expandSymbols = Has(options, UrduNormalizationOptions.ExpandSymbolLigatures);
        _urduDigits = Has(options, UrduNormalizationOptions.UrduDigits) && !_s2;
        _handleSpaces = _d6 || _spacing;

        // Removing a character between a lone high and a lone low surrogate would fuse them into a different code point.
        _replaceLoneSurrogates = _d5 || _s1 || _s3;
        _attention = ComputeAttention();
        _simple = ComputeSimple();
        _fastRuns = !_spacing && !_urduPunctuation;
        _scan = BuildScanTable();
        _prefilter = CanonicalPrefilter.Create(c => (_scan[c] & 3) == 0, marksKeptInOrder: !_s1 && !_spacing);
        if (_fastRuns)
        {
            BuildSimpleTables(out _simpleKind, out _simpleMap);
            (char First, char Second)[]? lamAlef = vectorBlocks ? LamAlefExpansions() : null;
            if (lamAlef is not null)
            {
                // Kind-0 entries of the map are free (the scalar loop never reads them): the blocks write the lam from there.
                for (int i = 0; i < lamAlef.Length; i++)
                {
                    _simpleMap![SimpleBlocks.LamAlefFirst + i] = lamAlef[i].First;
                }
            }

            _blocks = vectorBlocks ? SimpleBlocks.Create(_simpleKind, _simpleMap, _d2a, lamAlef, blockWidth) : null;
        }
    }

    byte[] BuildScanTable()
    {
        byte[] table = new byte[65536];
        for (int c = 0; c < table.Length; c++)
        {
            char ch = (char)c;
            CharClass cls = CharClasses.Of(ch);
            if (cls is CharClass.Space or CharClass.LineBreak)
            {
                table[c] = SpaceOrBreakBit;
            }

            if (((_attention >> (int)cls) & 1) == 0)
            {
                continue;
            }

            if (_spacing)
            {
                table[c] |= 1;
                continue;
            }

            bool quiet = cls switch
            {
                CharClass.Format => !IsRemovableFormat(ch),
                CharClass.ArabicLetter => MapArabicLetter(ch) == ch && ch != '\u0647', // ARABIC HEH always changes under D2 or D2a
                CharClass.PresentationFormLetter => FormMapping(ch).Length == 0,
                CharClass.LatinLetter => char.ToLowerInvariant(ch) == ch,
                CharClass.Symbol => !IsSymbolLigature(ch),
                CharClass.Terminator or CharClass.Punctuation => ch is not ('?' or ',' or ';'),
                _ => false,
            };
            table[c] |= quiet ? (byte)0 : ch == ' ' && _d6 ? (byte)2 : (byte)1;
        }

        return table;
    }

    void BuildSimpleTables(out byte[] kind, out char[] map)
    {
        kind = new byte[65536];
        map = new char[65536];
        for (int c = 0; c < kind.Length; c++)
        {
            CharClass cls = CharClasses.Of((char)c);
            if (TrySimple((char)c, cls, out char mapped))
            {
                kind[c] = CharClasses.IsArabicScriptLetter(cls) ? SimpleKind.Letter : SimpleKind.Simple;
                map[c] = mapped;
            }

            if (_d6 && cls == CharClass.Space)
            {
                kind[c] = SimpleKind.Space;
                map[c] = ' ';
            }
            else if (_d5 && (cls == CharClass.Tatweel || (cls == CharClass.Format && IsRemovableFormat(c))))
            {
                kind[c] = SimpleKind.Removable;
            }
        }

        if (_d2a)
        {
            kind[DoChashmi.ArabicHeh] = SimpleKind.Heh;
            map[DoChashmi.ArabicHeh] = DoChashmi.ArabicHeh;
            if (_d1)
            {
                // The Arabic heh presentation forms are U+0647 to D2a (issue 19): kept as it, resolved with their word.
                for (char form = DoChashmi.HehFormFirst; form <= DoChashmi.HehFormLast; form++)
                {
                    kind[form] = SimpleKind.Heh;
                    map[form] = DoChashmi.ArabicHeh;
                }
            }
        }

        if (_d6)
        {
            kind['\n'] = SimpleKind.LineFeed;
            map['\n'] = '\n';
        }
    }

    // The lam-alef ligatures ﻵ … ﻼ (U+FEF5–U+FEFC) under D1: lam and the alef each writes, for the vector blocks (the
    // scalar loops send them to the general path, which writes the same two letters). Null without D1.
    (char First, char Second)[]? LamAlefExpansions()
    {
        if (!_d1)
        {
            return null;
        }

        var expansions = new (char First, char Second)[SimpleBlocks.LamAlefCount];
        for (int i = 0; i < expansions.Length; i++)
        {
            ReadOnlySpan<char> letters = FormMapping((char)(SimpleBlocks.LamAlefFirst + i));
            if (letters.Length != 2)
            {
                return null;
            }

            expansions[i] = (letters[0], letters[1]);
        }

        return expansions;
    }

    /// <summary>The shared meaning-preserving normalizer (<see cref="UrduNormalizationOptions.Default"/>). Thread-safe.</summary>
    public static UrduNormalizer Default { get; } = new(UrduNormalizationOptions.Default);

    /// <summary>The shared search normalizer (<see cref="UrduNormalizationOptions.Search"/>). Thread-safe.</summary>
    public static UrduNormalizer Search { get; } = new(UrduNormalizationOptions.Search);

    /// <summary>The rules this instance applies.</summary>
    public UrduNormalizationOptions Options { get; }

    static bool Has(UrduNormalizationOptions options, UrduNormalizationOptions flag) => (options & flag) != 0;

    // The character classes the fast scan must look at; every other class is never changed by these options.
    uint ComputeAttention()
    {
        uint a = 0;
        if (_spacing)
        {
            return uint.MaxValue;
        }

        if (_d6)
        {
            a |= Bit(CharClass.Space) | Bit(CharClass.LineBreak);
        }

        if (_d5)
        {
            a |= Bit(CharClass.Format) | Bit(CharClass.ZeroWidthNonJoiner) | Bit(CharClass.ZeroWidthJoiner) | Bit(CharClass.Tatweel);
        }

        if (_s3)
        {
            a |= Bit(CharClass.ZeroWidthNonJoiner);
        }

        if (_d4 || _d7 || _s1)
        {
            // Supplementary marks hide behind their high surrogate.
            a |= Bit(CharClass.CombiningMark) | Bit(CharClass.HighSurrogate);
        }

        if (_replaceLoneSurrogates)
        {
            a |= Bit(CharClass.HighSurrogate) | Bit(CharClass.LowSurrogate);
        }

        if (_d2 || _d2a)
        {
            a |= Bit(CharClass.ArabicLetter);
        }

        if (_d1)
        {
            a |= Bit(CharClass.PresentationFormLetter);
        }

        if (_d3 || _s2 || _urduDigits)
        {
            a |= Bit(CharClass.ArabicIndicDigit);
        }

        if (_s2)
        {
            a |= Bit(CharClass.UrduDigit);
        }

        if (_urduDigits)
        {
            a |= Bit(CharClass.AsciiDigit);
        }

        if (_s4)
        {
            a |= Bit(CharClass.LatinLetter);
        }

        if (_expandSymbols)
        {
            a |= Bit(CharClass.Symbol);
        }

        if (_urduPunctuation)
        {
            a |= Bit(CharClass.Terminator) | Bit(CharClass.Punctuation);
        }

        return a;

        static uint Bit(CharClass c) => 1u << (int)c;
    }

    // The classes the normalizer copies without looking at their neighbours: never changed by these options and never
    // depending on context. Arabic-script letters are among them only inside words known to hold no Arabic heh (D2a).
    uint ComputeSimple()
    {
        if (_spacing || _urduPunctuation)
        {
            return 0;
        }

        uint simple = 0;
        for (var c = CharClass.UrduLetter; c <= CharClass.Emoji; c++)
        {
            simple |= 1u << (int)c;
        }

        simple |= (1u << (int)CharClass.Other) | (1u << (int)CharClass.Control);
        return simple & ~_attention;
    }

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
        int limit = isFinalBlock && head.Length == source.Length ? head.Length : head.LastIndexOfAny(s_lineBreaks) + 1;
        int prefix = FindFirstChangedLine(head);
        prefix = prefix < 0 ? limit : Math.Min(prefix, limit);
        source[..prefix].CopyTo(destination);
        OperationStatus status = Core(source[prefix..], destination[prefix..], out charsConsumed, out charsWritten, isFinalBlock);
        charsConsumed += prefix;
        charsWritten += prefix;
        return status;
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
        if (_spacing)
        {
            return true;
        }

        if (!_d1 && !_expandSymbols)
        {
            return false;
        }

        foreach (char c in text)
        {
            if ((uint)(c - NormalizationTables.FormsAStart) > NormalizationTables.FormsBEnd - NormalizationTables.FormsAStart)
            {
                continue;
            }

            if (_expandSymbols && IsSymbolLigature(c))
            {
                return true;
            }

            if (_d1 && FormMapping(c).Length > 1)
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

        long max = (long)sourceLength * MaxExpansion;
        if (max > int.MaxValue)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(sourceLength), "The normalized length could exceed Int32.MaxValue.");
        }

        return (int)max;
    }

    /// <summary>The most UTF-16 code units one source code unit can become under these options.</summary>
    int MaxExpansion
    {
        get
        {
            long perUnit = 1;
            if (_d1)
            {
                perUnit = Math.Max(perUnit, NormalizationTables.MaxFormExpansion);
            }

            if (_expandSymbols)
            {
                perUnit = Math.Max(perUnit, ExpandedLigatureMaxLength);
            }

            if (_spacing)
            {
                perUnit++;
            }

            return (int)perUnit;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Fast path

    /// <summary>The start of the first line whose normalization differs from itself, or -1 when the text is normalized.</summary>
    /// <remarks>
    /// One table lookup per code unit decides whether it can change at all; only the few that can (and plain spaces,
    /// whose check is one look at the code unit before) look at their neighbour. The class of the previous code unit
    /// is read back from the text when needed instead of being tracked for every character.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    int FindFirstChangedLine(ReadOnlySpan<char> text)
    {
        ref byte scan = ref MemoryMarshal.GetArrayDataReference(_scan);
        ref char start = ref MemoryMarshal.GetReference(text);
        int length = text.Length;
        int i = 0;
        while (true)
        {
            if (_prefilter is not null && i > 0)
            {
                i = _prefilter.Skip(text, i);
            }

            // Four code units per branch: each one's kind, with the plain-space bit kept only after a space or break.
            // (The mask is 3 after a space or line break, else 1; bit 7 of the kind itself never survives it.)
            uint prevBits = i == 0 ? SpaceOrBreakBit : Unsafe.Add(ref scan, Unsafe.Add(ref start, i - 1));
            for (; i + 4 <= length; i += 4)
            {
                uint b0 = Unsafe.Add(ref scan, Unsafe.Add(ref start, i));
                uint b1 = Unsafe.Add(ref scan, Unsafe.Add(ref start, i + 1));
                uint b2 = Unsafe.Add(ref scan, Unsafe.Add(ref start, i + 2));
                uint b3 = Unsafe.Add(ref scan, Unsafe.Add(ref start, i + 3));
                uint any = (b0 & (1 | (prevBits >> 6)))
                    | (b1 & (1 | (b0 >> 6)))
                    | (b2 & (1 | (b1 >> 6)))
                    | (b3 & (1 | (b2 >> 6)));
                if (any != 0)
                {
                    break;
                }

                prevBits = b3;
            }

            // Either the end is near or one of the next four code units needs a look: go one at a time.
            int stop = Math.Min(length, i + 4);
            for (; i < stop; i++)
            {
                if (NeedsLook(text, ref i, ref scan, out bool changed) && changed)
                {
                    return i;
                }
            }

            if (i >= length)
            {
                break;
            }
        }

        if (_d6 && length > 0 && CharClasses.Of(text[length - 1]) == CharClass.Space)
        {
            return text.LastIndexOfAny(s_lineBreaks) + 1;
        }

        return -1;
    }

    /// <summary>
    /// Looks at the code unit at <paramref name="i"/>: false when it cannot change; otherwise the line it is on is
    /// checked by the normalizer (<paramref name="changed"/> tells the outcome) and <paramref name="i"/> moves to that
    /// line's start when it changed, to its last code unit otherwise.
    /// </summary>
    bool NeedsLook(ReadOnlySpan<char> text, ref int i, ref byte scan, out bool changed)
    {
        changed = false;
        char c = text[i];
        byte kind = Unsafe.Add(ref scan, c);
        if ((kind & 3) == 0)
        {
            return false;
        }

        {
            CharClass prev = i == 0 ? CharClass.LineBreak : CharClasses.Of(text[i - 1]);
            if ((kind & 3) == 2 && prev is not (CharClass.Space or CharClass.LineBreak))
            {
                return false;
            }

            if (IsQuietlyNormal(text, i, c, CharClasses.Of(c), prev))
            {
                return false;
            }

            // Lines are independent: run the normalizer on this one and compare.
            int lineStart = text[..i].LastIndexOfAny(s_lineBreaks) + 1;
            int lineEnd = text[i..].IndexOfAny(s_lineBreaks);
            int end = lineEnd < 0 ? text.Length : i + lineEnd + 1;
            changed = !SegmentIsNormalized(text[lineStart..end]);

            // The next code unit then sees a line break (or the end) before it, as a fresh line should.
            i = changed ? lineStart : end - 1;
            return true;
        }
    }

    // Cheap local checks for the common cases; false sends the line to the real normalizer.
    bool IsQuietlyNormal(ReadOnlySpan<char> text, int i, char c, CharClass cls, CharClass prev)
    {
        if (_spacing)
        {
            return false;
        }

        switch (cls)
        {
            case CharClass.Space:
                return _d6 && c == ' ' && prev != CharClass.Space && prev != CharClass.LineBreak;
            case CharClass.LineBreak:
                return !_d6 || (c != '\r' && prev != CharClass.Space);
            case CharClass.Format:
                return !IsRemovableFormat(c);
            case CharClass.ArabicLetter:
                return MapArabicLetter(c) == c && c != '\u0647'; // ARABIC HEH always changes under D2 or D2a
            case CharClass.PresentationFormLetter:
                return FormMapping(c).Length == 0;
            case CharClass.LatinLetter:
                return char.ToLowerInvariant(c) == c;
            case CharClass.Symbol:
                return !IsSymbolLigature(c);
            case CharClass.Terminator:
            case CharClass.Punctuation:
                return c is not ('?' or ',' or ';');
            case CharClass.CombiningMark:
                // A single mark on a base that it does not compose with is already in order; so is a haraka after a
                // haraka of a lower class (U+064B–U+0652, U+0670: classes 27–35 rise with the code point; فَّ).
                return (prev is not (CharClass.CombiningMark or CharClass.LowSurrogate or CharClass.HighSurrogate)
                        || (CanonicalPrefilter.IsOrderedMark(text[i - 1]) && CanonicalPrefilter.IsOrderedMark(c) && text[i - 1] <= c))
                    && c is not ('\u0653' or '\u0654' or '\u0655')
                    && !(_s1 && IsDiacritic(c))
                    && !(i + 1 < text.Length && char.IsHighSurrogate(text[i + 1]));
            case CharClass.HighSurrogate:
                if (!(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
                {
                    return !_replaceLoneSurrogates;
                }

                return !((_d4 || _d7 || _s1) && CharClasses.Of(char.ConvertToUtf32(c, text[i + 1])) == CharClass.CombiningMark);
            case CharClass.LowSurrogate:
                return prev == CharClass.HighSurrogate;
            default:
                return false;
        }
    }

    bool SegmentIsNormalized(ReadOnlySpan<char> segment)
    {
        Span<char> scratch = stackalloc char[256];
        char[]? rented = null;
        int consumed = 0;
        int matched = 0;
        bool result;
        while (true)
        {
            OperationStatus status = Core(segment[consumed..], scratch, out int c, out int w, isFinalBlock: true);
            if (matched + w > segment.Length || !scratch[..w].SequenceEqual(segment.Slice(matched, w)))
            {
                result = false;
                break;
            }

            matched += w;
            consumed += c;
            if (status == OperationStatus.Done)
            {
                result = matched == segment.Length;
                break;
            }

            if (c == 0 && w == 0)
            {
                // One unit (a long word holding an Arabic heh) is larger than the scratch buffer.
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }

                rented = ArrayPool<char>.Shared.Rent((int)Math.Min(Array.MaxLength, MaxExpansion * (long)(segment.Length - consumed)));
                scratch = rented;
            }
        }

        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Tables that are rules (the presentation forms are generated; see docs/normalization.md for every row)

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static ReadOnlySpan<char> FormMapping(char c)
    {
        int slot;
        if ((uint)(c - NormalizationTables.FormsAStart) <= NormalizationTables.FormsAEnd - NormalizationTables.FormsAStart)
        {
            slot = c - NormalizationTables.FormsAStart;
        }
        else if ((uint)(c - NormalizationTables.FormsBStart) <= NormalizationTables.FormsBEnd - NormalizationTables.FormsBStart)
        {
            slot = NormalizationTables.FormsAEnd - NormalizationTables.FormsAStart + 1 + c - NormalizationTables.FormsBStart;
        }
        else
        {
            return default;
        }

        uint entry = NormalizationTables.FormIndex[slot];
        return NormalizationTables.Pool.Slice((int)(entry >> 4), (int)(entry & 0xF));
    }

    /// <summary>D2: the Urdu letter for an Arabic one (U+0647 is decided by D2a when that rule is on).</summary>
    char MapArabicLetter(char c)
    {
        if (!_d2)
        {
            return c;
        }

        return c switch
        {
            '\u064A' => '\u06CC', // ي ARABIC YEH → ی FARSI YEH: the Urdu yeh (Arabic keyboards)
            '\u0649' => '\u06CC', // ى ALEF MAKSURA → ی: Urdu writes final yeh as ی
            '\u0643' => '\u06A9', // ك ARABIC KAF → ک KEHEH: the Urdu kaf
            '\u06AA' => '\u06A9', // ڪ SWASH KAF → ک: Sindhi-keyboard kaf
            '\u0647' => '\u06C1', // ه ARABIC HEH → ہ HEH GOAL (unless D2a decides ھ)
            '\u06D5' => '\u06C1', // ە AE → ہ: Kurdish/Uighur letter typed for heh goal
            '\u0629' => '\u06C3', // ة TEH MARBUTA → ۃ TEH MARBUTA GOAL: the Urdu form
            '\u06C0' => '\u06C2', // ۀ HEH WITH YEH ABOVE → ۂ HEH GOAL WITH HAMZA ABOVE: the Urdu izafat heh
            '\u0678' => '\u0626', // ٸ HIGH HAMZA YEH → ئ YEH WITH HAMZA ABOVE
            _ => c,
        };
    }

    /// <summary>D4: the precomposed letter for base + hamza/madda, or 0.</summary>
    char Compose(char baseChar, char mark) => (baseChar, mark) switch
    {
        ('\u0627', '\u0653') => '\u0622', // ا + MADDA → آ
        ('\u0627', '\u0654') => '\u0623', // ا + HAMZA ABOVE → أ
        ('\u0627', '\u0655') => '\u0625', // ا + HAMZA BELOW → إ (NFC)
        ('\u0648', '\u0654') => '\u0624', // و + HAMZA ABOVE → ؤ
        ('\u06CC', '\u0654') => '\u0626', // ی + HAMZA ABOVE → ئ (no NFC composition exists)
        ('\u064A', '\u0654') => '\u0626', // ي + HAMZA ABOVE → ئ (NFC, when D2 is off)
        ('\u06C1', '\u0654') => '\u06C2', // ہ + HAMZA ABOVE → ۂ
        ('\u06D5', '\u0654') => '\u06C0', // ە + HAMZA ABOVE → ۀ (NFC, when D2 is off)
        ('\u06D2', '\u0654') => '\u06D3', // ے + HAMZA ABOVE → ۓ
        ('\u0647', '\u0654') when _d2 || _d2a => '\u06C2', // Arabic heh with hamza is the izafat ۂ, never do-chashmi
        _ => '\0',
    };

    /// <summary>D5: the invisible format characters that are removed (other format characters, e.g. U+0600, are text).</summary>
    static bool IsRemovableFormat(int c) => c is '\u200B' // ZERO WIDTH SPACE
        or '\uFEFF' // BYTE ORDER MARK / ZERO WIDTH NO-BREAK SPACE
        or '\u00AD' // SOFT HYPHEN
        or '\u200E' or '\u200F' // LRM, RLM
        or '\u061C' // ARABIC LETTER MARK
        or (>= '\u202A' and <= '\u202E') // LRE RLE PDF LRO RLO
        or (>= '\u2066' and <= '\u2069'); // LRI RLI FSI PDI

    /// <summary>S1: the diacritics the search profile removes.</summary>
    static bool IsDiacritic(int c) => c is (>= 0x064B and <= 0x065F) or 0x0670 or (>= 0x0610 and <= 0x061A) or (>= 0x06D6 and <= 0x06ED);

    static bool IsSymbolLigature(int c) => c is >= 0xFDFA and <= 0xFDFD;

    /// <summary>Optional: the words a symbol ligature stands for, in Urdu spelling.</summary>
    static ReadOnlySpan<char> SymbolExpansion(int c) => c switch
    {
        0xFDFA => "\u0635\u0644\u06CC \u0627\u0644\u0644\u06C1 \u0639\u0644\u06CC\u06C1 \u0648\u0633\u0644\u0645", // ﷺ صلی اللہ علیہ وسلم
        0xFDFB => "\u062C\u0644 \u062C\u0644\u0627\u0644\u06C1", // ﷻ جل جلالہ
        0xFDFC => "\u0631\u06CC\u0627\u0644", // ﷼ ریال
        0xFDFD => "\u0628\u0633\u0645 \u0627\u0644\u0644\u06C1 \u0627\u0644\u0631\u062D\u0645\u0646 \u0627\u0644\u0631\u062D\u06CC\u0645", // ﷽ بسم اللہ الرحمن الرحیم
        _ => default,
    };

    static int CombiningClass(int cp)
    {
        int i = NormalizationTables.CombiningClassStarts.BinarySearch(cp);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return i >= 0 && cp <= NormalizationTables.CombiningClassEnds[i] ? NormalizationTables.CombiningClassValues[i] : 0;
    }

    static bool IsSpaceBeforeForbidden(char c) => c is '\u060C' or '\u061B' or '\u061F' or '\u06D4' or '!'; // ، ؛ ؟ ۔ !

    static bool IsUrduContext(CharClass cls) => CharClasses.IsArabicScriptLetter(cls);
}
