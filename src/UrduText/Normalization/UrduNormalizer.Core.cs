using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using UrduText.Internal;
using UrduText.Normalization;

namespace UrduText;

public sealed partial class UrduNormalizer
{
    /// <summary>
    /// The normalizer proper. It walks the source one code point at a time and keeps a <em>safe point</em>: a source
    /// position where starting afresh (as a new call with the rest of the source does) gives the same output as
    /// continuing. Safe points are line starts and "independent" starters: code points whose output depends on nothing
    /// before them and that nothing before them can still change (no pending spaces, not a mark or joiner, not inside a
    /// word that holds an Arabic heh when D2a is on, not after a letter or digit when spacing repair is on).
    /// A full destination or an undecidable tail rolls back to the last safe point.
    /// </summary>
    // Optimized from the first call: one call can cover megabytes, so tiering (which counts calls) would leave the
    // loop in unoptimized code for the calls that matter most.
    OperationStatus Core(ReadOnlySpan<char> src, Span<char> dst, out int charsConsumed, out int charsWritten, bool isFinalBlock)
    {
        NoSourceIndices none = default;
        return Core(src, dst, ref none, out charsConsumed, out charsWritten, isFinalBlock);
    }

    /// <summary>The normalizer proper, reporting to <paramref name="sink"/> which source unit each output character comes from.</summary>
    /// <remarks>
    /// A unit is a code point with the combining marks after it (a mark's output, and a composition, belongs to its
    /// base), a run of spaces (written when the next code point shows whether it survives), or a CR LF pair. Removed
    /// code points start units that write nothing. Recording takes the general loop only: the fast run and the vector
    /// blocks write many units at once without reporting them.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    OperationStatus Core<TSink>(ReadOnlySpan<char> src, Span<char> dst, ref TSink sink, out int charsConsumed, out int charsWritten, bool isFinalBlock)
        where TSink : ISourceIndexSink, allows ref struct
    {
        Span<char> one = stackalloc char[1];
        int i = 0, w = 0;
        int safeI = 0, safeW = 0;
        CharClass prev = CharClass.LineBreak; // class of the last code point written, marks excluded
        CharClass lastSignificant = CharClass.LineBreak; // the same, spaces excluded (Urdu context for punctuation)
        char prevChar = '\n';
        bool pending = false; // spaces seen but not yet written (they may be trailing, doubled or before ، …)
        int pendingStart = 0;
        int wordEnd = 0; // D2a: end of the word scanned last
        bool wordHasHeh = false;
        int wordStartW = 0;
        int markRun = 0; // marks written since the last base

        // Not in place: a block run that cuts back re-reads source units its output may have overwritten.
        bool blocks = _blocks is not null && !Overlap(src, dst);

        while (true)
        {
            if (wordHasHeh && i >= wordEnd)
            {
                DoChashmi.Resolve(dst[wordStartW..w]);
                wordHasHeh = false;
            }

            if (i >= src.Length)
            {
                break;
            }

            char c = src[i];
            CharClass cls = CharClasses.Of(c);
            if (!TSink.Enabled && !pending && _simpleKind is not null && _simpleKind[c] is SimpleKind.Simple or SimpleKind.Letter or SimpleKind.Heh)
            {
                int runI = i;
                int runW = w;
                if (FastRun(src, ref runI, dst, ref runW, ref wordEnd, wordHasHeh, blocks, ref safeI, ref safeW))
                {
                    i = runI;
                    w = runW;
                    char last = dst[w - 1];
                    prev = CharClasses.Of(last);
                    prevChar = last;
                    lastSignificant = last == ' ' ? CharClasses.Of(dst[w - 2]) : prev;
                    markRun = 0;
                    continue;
                }
            }

            int cp = c;
            int width = 1;
            if (cls == CharClass.HighSurrogate)
            {
                if (i + 1 < src.Length)
                {
                    if (char.IsLowSurrogate(src[i + 1]))
                    {
                        cp = char.ConvertToUtf32(c, src[i + 1]);
                        width = 2;
                        cls = CharClasses.Of(cp);
                    }
                }
                else if (!isFinalBlock)
                {
                    goto NeedMoreData;
                }
            }

            switch (cls)
            {
                case CharClass.Space when _rules.HandleSpaces:
                    if (!pending && !(_rules.D6 && prev == CharClass.LineBreak && markRun == 0))
                    {
                        pending = true;
                        pendingStart = i;
                    }

                    i += width;
                    continue;

                case CharClass.LineBreak:
                    if (pending)
                    {
                        pending = false;
                        sink.Mark(pendingStart, w);
                        if (!_rules.D6 && !PutPendingVerbatim(src, pendingStart, i, dst, ref w))
                        {
                            goto TooSmall;
                        }
                    }

                    sink.Mark(i, w);

                    if (c == '\r' && _rules.D6)
                    {
                        if (i + 1 < src.Length)
                        {
                            if (src[i + 1] == '\n')
                            {
                                i++;
                            }
                        }
                        else if (!isFinalBlock)
                        {
                            goto NeedMoreData;
                        }

                        c = '\n';
                    }

                    if (!Put(dst, ref w, c))
                    {
                        goto TooSmall;
                    }

                    i++;
                    prev = lastSignificant = CharClass.LineBreak;
                    prevChar = c;
                    markRun = 0;
                    safeI = i;
                    safeW = w;
                    continue;

                case CharClass.Tatweel when _rules.D5:
                    i++;
                    continue;

                case CharClass.Format when _rules.D5 && CharPredicates.IsRemovableInvisible(cp):
                    i += width;
                    continue;

                case CharClass.ZeroWidthNonJoiner:
                    if (_rules.S3)
                    {
                        i++;
                        continue;
                    }

                    if (_rules.D5)
                    {
                        // Kept only between two letters (where it shapes the word); elsewhere it is noise.
                        if (pending || !CharClasses.IsLetter(prev))
                        {
                            i++;
                            continue;
                        }

                        JoinerContext after = LookPastJoiner(src, i, isFinalBlock, mapped: true, out CharClass next);
                        if (after == JoinerContext.NeedMoreData)
                        {
                            goto NeedMoreData;
                        }

                        if (after == JoinerContext.End || !CharClasses.IsLetter(next))
                        {
                            i++;
                            continue;
                        }
                    }

                    break;

                case CharClass.ZeroWidthJoiner when _rules.D5:
                {
                    // Kept only inside emoji sequences (👨‍👩‍👧); in Arabic script it only forces a glyph shape.
                    if (pending || prev is not (CharClass.Emoji or CharClass.EmojiModifier or CharClass.VariationSelector or CharClass.EmojiTag))
                    {
                        i++;
                        continue;
                    }

                    JoinerContext after = LookPastJoiner(src, i, isFinalBlock, mapped: false, out CharClass next);
                    if (after == JoinerContext.NeedMoreData)
                    {
                        goto NeedMoreData;
                    }

                    if (after == JoinerContext.End || next != CharClass.Emoji)
                    {
                        i++;
                        continue;
                    }

                    break;
                }
            }

            // A visible code point: find what it becomes.
            ReadOnlySpan<char> output = Map(src, i, width, cp, cls, lastSignificant, one);
            if (pending && _rules.S1 && IsOnlyDiacritics(output))
            {
                // A diacritic on a space is removed; it must not decide whether the space survives.
                i += width;
                continue;
            }

            CharClass lead = output.Length == 0 ? cls : (width == 2 && output.Length == 2 ? cls : CharClasses.Of(output[0]));

            if (pending)
            {
                pending = false;
                if (!(_rules.Spacing && NormalizationRules.IsSpaceBeforeForbidden(output[0])))
                {
                    sink.Mark(pendingStart, w);
                    if (_rules.D6 ? !Put(dst, ref w, ' ') : !PutPendingVerbatim(src, pendingStart, i, dst, ref w))
                    {
                        goto TooSmall;
                    }

                    prev = CharClass.Space;
                    prevChar = ' ';
                    markRun = 0;
                }
            }

            if (cls != CharClass.CombiningMark || prev == CharClass.LineBreak)
            {
                // A mark belongs to its base; one at a line start has none and is a unit of its own.
                sink.Mark(i, w);
            }

            if (IsIndependent(lead, cp, prev, i, wordEnd, wordHasHeh))
            {
                safeI = i;
                safeW = w;
            }

            if (_rules.Spacing && lead != CharClass.CombiningMark && NeedsSpaceBetween(prev, prevChar, lead, output[0]))
            {
                if (!Put(dst, ref w, ' '))
                {
                    goto TooSmall;
                }

                prev = CharClass.Space;
                prevChar = ' ';
                markRun = 0;
            }

            if (_rules.D2a && CharClasses.IsArabicScriptLetter(cls) && i >= wordEnd)
            {
                int end = ScanWord(src, i, isFinalBlock, out bool heh);
                if (end == src.Length && !isFinalBlock)
                {
                    goto NeedMoreData;
                }

                wordEnd = end;
                wordHasHeh = heh;
                wordStartW = w;
            }

            if (width == 2 && output.Length == 2)
            {
                // An unchanged supplementary code point.
                if (cls == CharClass.CombiningMark)
                {
                    if (!PutMark(dst, ref w, cp, ref markRun))
                    {
                        goto TooSmall;
                    }
                }
                else
                {
                    if (w + 2 > dst.Length)
                    {
                        goto TooSmall;
                    }

                    dst[w++] = output[0];
                    dst[w++] = output[1];
                    prev = cls;
                    prevChar = output[1];
                    lastSignificant = cls;
                    markRun = 0;
                }
            }
            else
            {
                foreach (char o in output)
                {
                    CharClass ocls = CharClasses.Of(o);
                    if (ocls == CharClass.CombiningMark)
                    {
                        if (!PutMark(dst, ref w, o, ref markRun))
                        {
                            goto TooSmall;
                        }

                        continue;
                    }

                    if (!Put(dst, ref w, o))
                    {
                        goto TooSmall;
                    }

                    markRun = 0;
                    prev = ocls;
                    prevChar = o;
                    if (ocls != CharClass.Space)
                    {
                        lastSignificant = ocls;
                    }
                }
            }

            i += width;
        }

        if (pending)
        {
            if (!isFinalBlock)
            {
                goto NeedMoreData;
            }

            // Trailing spaces: dropped under D6, written as they were otherwise.
            sink.Mark(pendingStart, w);
            if (!_rules.D6 && !PutPendingVerbatim(src, pendingStart, src.Length, dst, ref w))
            {
                goto TooSmall;
            }
        }

        if (!isFinalBlock && safeI < src.Length)
        {
            // The last unit may still take marks (or a joiner) from the next block.
            goto NeedMoreData;
        }

        sink.Flush(w);
        charsConsumed = src.Length;
        charsWritten = w;
        return OperationStatus.Done;

    NeedMoreData:
        sink.Flush(safeW);
        charsConsumed = safeI;
        charsWritten = safeW;
        return safeI == src.Length ? OperationStatus.Done : OperationStatus.NeedMoreData;

    TooSmall:
        sink.Flush(safeW);
        charsConsumed = safeI;
        charsWritten = safeW;
        return OperationStatus.DestinationTooSmall;
    }

    /// <summary>What one visible code point becomes (the source slice itself when nothing changes).</summary>
    ReadOnlySpan<char> Map(ReadOnlySpan<char> src, int i, int width, int cp, CharClass cls, CharClass lastSignificant, Span<char> one)
    {
        switch (cls)
        {
            case CharClass.PresentationFormLetter when _rules.D1 && width == 1:
            {
                if (_rules.D2a && DoChashmi.IsHehForm(cp))
                {
                    // An Arabic heh form is U+0647 to D2a: left as Arabic heh, resolved with its word (issue 19).
                    one[0] = DoChashmi.ArabicHeh;
                    return one;
                }

                ReadOnlySpan<char> mapped = NormalizationRules.FormMapping((char)cp);
                if (mapped.Length != 0)
                {
                    return mapped;
                }

                break;
            }

            case CharClass.ArabicLetter when width == 1:
                if (cp == '\u0647' && _rules.D2a)
                {
                    // Left as Arabic heh; the word is resolved as a whole when it ends.
                    break;
                }

                one[0] = _rules.MapArabicLetter((char)cp);
                return one;

            case CharClass.ArabicIndicDigit:
            case CharClass.UrduDigit when _rules.S2:
            case CharClass.AsciiDigit when _rules.UrduDigits:
                one[0] = _rules.MapDigit(cp, cls);
                return one;

            case CharClass.LatinLetter when _rules.S4 && width == 1:
                one[0] = char.ToLowerInvariant((char)cp);
                return one;

            case CharClass.Symbol when _rules.ExpandSymbols && NormalizationRules.IsSymbolLigature(cp):
                return NormalizationRules.SymbolExpansion(cp);

            case CharClass.HighSurrogate or CharClass.LowSurrogate when _rules.ReplaceLoneSurrogates:
                // Only lone surrogates get here (a pair is classified by its code point).
                one[0] = '\uFFFD';
                return one;

            case CharClass.Space:
                // Only reached when neither D6 nor spacing repair is on: spaces stay as they are.
                break;

            case CharClass.Terminator or CharClass.Punctuation
                when _rules.UrduPunctuation && NormalizationRules.IsUrduContext(lastSignificant) && NormalizationRules.IsUrduPunctuationSource(cp):
                one[0] = NormalizationRules.ToUrduPunctuation(cp);
                return one;
        }

        return src.Slice(i, width);
    }

    static bool IsOnlyDiacritics(ReadOnlySpan<char> output)
    {
        foreach (char o in output)
        {
            if (!NormalizationRules.IsDiacritic(o) || CharClasses.Of(o) != CharClass.CombiningMark)
            {
                return false;
            }
        }

        return true;
    }

    bool IsIndependent(CharClass lead, int cp, CharClass prev, int i, int wordEnd, bool wordHasHeh)
    {
        if (wordHasHeh && i < wordEnd)
        {
            return false;
        }

        if (lead is CharClass.CombiningMark or CharClass.VariationSelector or CharClass.EmojiModifier or CharClass.EmojiTag or CharClass.Tatweel
            || CharPredicates.IsFormat(lead))
        {
            return false;
        }

        if (_rules.Spacing && !CharPredicates.IsWhiteSpace(prev))
        {
            return false;
        }

        if (_rules.UrduPunctuation && NormalizationRules.IsUrduPunctuationSource(cp))
        {
            return false;
        }

        // Inside a word that holds an Arabic heh, the word is one unit for D2a.
        return !(_rules.D2a && CharClasses.IsArabicScriptLetter(prev) && CharClasses.IsArabicScriptLetter(lead) && (i >= wordEnd || wordHasHeh));
    }

    static bool NeedsSpaceBetween(CharClass prev, char prevChar, CharClass next, char nextChar)
    {
        if (CharPredicates.IsWhiteSpace(prev))
        {
            return false;
        }

        bool nextArabic = CharClasses.IsArabicScriptLetter(next);
        bool prevArabic = CharClasses.IsArabicScriptLetter(prev);
        if (NormalizationRules.IsSpaceBeforeForbidden(prevChar) && CharClasses.IsLetter(next))
        {
            return true;
        }

        if (CharClasses.IsDigit(prev) && nextArabic)
        {
            return nextChar != '\u0621'; // 1990ء: the year marker hamza stays on its number
        }

        if (prevArabic && CharClasses.IsDigit(next))
        {
            return true;
        }

        return (prev == CharClass.LatinLetter && nextArabic) || (prevArabic && next == CharClass.LatinLetter);
    }

    /// <summary>D2a: the end of the word that starts at <paramref name="start"/> (letters, marks and the invisibles D5 removes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    int ScanWord(ReadOnlySpan<char> src, int start, bool isFinalBlock, out bool hasHeh)
    {
        hasHeh = false;
        int e = start;
        while (e < src.Length)
        {
            char d = src[e];
            CharClass dc = CharClasses.Of(d);
            int dw = 1;
            if (dc == CharClass.HighSurrogate)
            {
                if (e + 1 < src.Length && char.IsLowSurrogate(src[e + 1]))
                {
                    dc = CharClasses.Of(char.ConvertToUtf32(d, src[e + 1]));
                    dw = 2;
                }
                else if (e + 1 >= src.Length && !isFinalBlock)
                {
                    // Could be the first half of a letter in the next block; the caller asks for more data.
                    return src.Length;
                }
            }

            if (!_rules.IsWordPart(d, dc))
            {
                break;
            }

            hasHeh |= d == DoChashmi.ArabicHeh || (_rules.D1 && DoChashmi.IsHehForm(d));
            e += dw;
        }

        return e;
    }

    /// <summary>
    /// The common case, one table lookup per character: a run of code points that map one to one (or not at all) and
    /// depend on nothing around them (digits, punctuation, Latin, letters of whole words that hold no mark or
    /// invisible), single spaces between them, and under D2a whole words, resolved when they hold an Arabic heh.
    /// Stops before anything else and before a word it cannot see the end of (the general loop handles those).
    /// </summary>
    /// <returns>False when nothing was written (the general loop takes the code point at <paramref name="i"/>).</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    bool FastRun(ReadOnlySpan<char> src, ref int i, Span<char> dst, ref int w, ref int wordEnd, bool wordHasHeh, bool blocks, ref int safeI, ref int safeW)
    {
        if (wordHasHeh && i < wordEnd)
        {
            // Inside a word that holds an Arabic heh: the word is one unit, resolved by the general loop.
            return false;
        }

        ref byte kinds = ref MemoryMarshal.GetArrayDataReference(_simpleKind!);
        ref char map = ref MemoryMarshal.GetArrayDataReference(_simpleMap!);
        int limit = Math.Min(src.Length, i + dst.Length - w);
        int r = i;
        int o = w;

        // Simple (and Letter without D2a) are written at once; the test comes first since they are most of the text.
        uint simpleMax = _rules.D2a ? 0u : 1u;
        int blockFrom = 0;
        while (r < limit)
        {
            char c = src[r];
            byte kind = Unsafe.Add(ref kinds, c);
            if ((uint)(kind - SimpleKind.Simple) <= simpleMax)
            {
                safeI = r;
                safeW = o;
                dst[o++] = Unsafe.Add(ref map, c);
                r++;
                continue;
            }

            if (kind == SimpleKind.Space)
            {
                // Spaces (and the invisibles removed between them) become one space before a simple character;
                // anything else is for the general loop (trailing, before a mark, at a line start).
                if (o == w || dst[o - 1] == '\n')
                {
                    break;
                }

                int e = r + 1;
                while (e < limit && Unsafe.Add(ref kinds, src[e]) is SimpleKind.Space or SimpleKind.Removable)
                {
                    e++;
                }

                if (e >= limit || Unsafe.Add(ref kinds, src[e]) is not (SimpleKind.Simple or SimpleKind.Letter or SimpleKind.Heh))
                {
                    break;
                }

                dst[o++] = ' ';
                r = e;
                goto Blocks;
            }

            if (kind == SimpleKind.Removable)
            {
                r++;
                continue;
            }

            if (kind == SimpleKind.LineFeed)
            {
                dst[o++] = '\n';
                r++;
                safeI = r;
                safeW = o;
                if (r < limit && (uint)(Unsafe.Add(ref kinds, src[r]) - SimpleKind.Simple) <= SimpleKind.Heh - SimpleKind.Simple)
                {
                    goto Blocks;
                }

                continue;
            }

            if (kind == SimpleKind.None)
            {
                break;
            }

            // Under D2a: an Arabic-script letter (Letter) or an Arabic heh (Heh).
            if (r < wordEnd)
            {
                // The rest of a word the general loop started (known to hold no heh, see above).
                if (kind == SimpleKind.Heh)
                {
                    break;
                }

                safeI = r;
                safeW = o;
                dst[o++] = Unsafe.Add(ref map, c);
                r++;
                continue;
            }

            // A new word: take it whole when it is all simple letters (and removed invisibles) and its end is in sight.
            // Looked at before anything is written: in place, the destination overwrites the source behind the reader.
            int end = r;
            uint seen = 0; // bit k: a code unit of kind k is in the word
            while (end < limit)
            {
                byte k = Unsafe.Add(ref kinds, src[end]);
                if (k is not (SimpleKind.Letter or SimpleKind.Heh or SimpleKind.Removable))
                {
                    break;
                }

                seen |= 1u << k;
                end++;
            }

            if (end >= limit)
            {
                break;
            }

            char after = src[end];
            if (Unsafe.Add(ref kinds, after) is not (SimpleKind.Space or SimpleKind.LineFeed) && (char.IsSurrogate(after) || _rules.IsWordPart(after, CharClasses.Of(after))))
            {
                break;
            }

            safeI = r;
            safeW = o;
            int wordStart = o;
            if ((seen & (1u << SimpleKind.Removable)) == 0)
            {
                for (; r < end; r++)
                {
                    dst[o++] = Unsafe.Add(ref map, src[r]);
                }
            }
            else
            {
                for (; r < end; r++)
                {
                    char d = src[r];
                    if (Unsafe.Add(ref kinds, d) != SimpleKind.Removable)
                    {
                        dst[o++] = Unsafe.Add(ref map, d);
                    }
                }
            }

            bool heh = (seen & (1u << SimpleKind.Heh)) != 0;

            if (heh)
            {
                DoChashmi.ResolveBare(dst[wordStart..o]);
            }

            r = end;
            wordEnd = end;
            continue;

        // A space or a line feed was just written and a simple code unit follows: a word starts here, where the vector
        // blocks may take over (when Core allows them: not in place).
        Blocks:
            if (blocks && r >= blockFrom)
            {
                if (_blocks!.Run(src, ref r, limit, dst, ref o, out int refused))
                {
                    safeI = r;
                    safeW = o;

                    // A lam-alef writes two letters: from here the room left bounds what may be read, as at the start.
                    limit = Math.Min(src.Length, r + dst.Length - o);
                }

                // What the blocks refused is left to this loop before they are tried again.
                blockFrom = refused + 1;
            }
        }

        if (o == w)
        {
            return false;
        }

        i = r;
        w = o;
        return true;
    }

    // Out of line: inlined into FastRun, the overlap test made the JIT keep its spans in memory (measured 40% slower).
    [MethodImpl(MethodImplOptions.NoInlining)]
    static bool Overlap(ReadOnlySpan<char> src, Span<char> dst) => src.Overlaps(dst);

    /// <summary>What follows a ZWNJ or ZWJ, which D5 keeps only when the right code point comes next.</summary>
    enum JoinerContext
    {
        /// <summary><c>next</c> holds the class of the code point after the joiner.</summary>
        Next,
        /// <summary>The joiner ends the text: nothing follows it.</summary>
        End,
        /// <summary>The joiner ends this block but not the text: the next block decides.</summary>
        NeedMoreData,
    }

    /// <summary>The class of the code point after the joiner at <paramref name="i"/> (of what it maps to when <paramref name="mapped"/>).</summary>
    JoinerContext LookPastJoiner(ReadOnlySpan<char> src, int i, bool isFinalBlock, bool mapped, out CharClass next)
    {
        next = CharClass.Other;
        if (i + 1 >= src.Length)
        {
            return isFinalBlock ? JoinerContext.End : JoinerContext.NeedMoreData;
        }

        next = mapped ? LeadClassAt(src, i + 1, isFinalBlock, out bool needMore) : ClassAt(src, i + 1, isFinalBlock, out needMore);
        return needMore ? JoinerContext.NeedMoreData : JoinerContext.Next;
    }

    /// <summary>The class of the code point at <paramref name="index"/>.</summary>
    static CharClass ClassAt(ReadOnlySpan<char> src, int index, bool isFinalBlock, out bool needMore)
    {
        needMore = false;
        char c = src[index];
        if (char.IsHighSurrogate(c) && index + 1 == src.Length && !isFinalBlock)
        {
            needMore = true;
            return CharClass.Other;
        }

        return CharClasses.At(src, index, out _);
    }

    /// <summary>The class of the first character the code point at <paramref name="index"/> will become.</summary>
    CharClass LeadClassAt(ReadOnlySpan<char> src, int index, bool isFinalBlock, out bool needMore)
    {
        CharClass cls = ClassAt(src, index, isFinalBlock, out needMore);
        if (_rules.D1 && cls == CharClass.PresentationFormLetter)
        {
            ReadOnlySpan<char> mapped = NormalizationRules.FormMapping(src[index]);
            if (mapped.Length != 0)
            {
                return CharClasses.Of(mapped[0]);
            }
        }

        return cls;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool Put(Span<char> dst, ref int w, char c)
    {
        if ((uint)w >= (uint)dst.Length)
        {
            return false;
        }

        dst[w++] = c;
        return true;
    }

    static bool PutPendingVerbatim(ReadOnlySpan<char> src, int start, int end, Span<char> dst, ref int w)
    {
        for (int k = start; k < end; k++)
        {
            // Invisibles removed between the spaces stay removed.
            if (CharClasses.Of(src[k]) == CharClass.Space && !Put(dst, ref w, src[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes a combining mark: S1 removal, D4 composition with its base, D7 canonical order.</summary>
    bool PutMark(Span<char> dst, ref int w, int mark, ref int markRun)
    {
        bool ordered = markRun < MaxOrderedMarks;
        int ccc = (_rules.D4 || _rules.D7 || _rules.S1) && ordered ? NormalizationRules.CombiningClass(mark) : 0;

        if (ordered && (_rules.D4 || _rules.S1) && NormalizationRules.IsComposingMark(mark))
        {
            // NFC's blocking rule, applied where the mark will end up: the base is reachable when every mark that
            // precedes the mark's (canonically ordered) position has a lower, non-zero class.
            int b = w;
            while (b > 0)
            {
                int back = PreviousCodePoint(dst, b, out int bw);
                if (CharClasses.Of(back) != CharClass.CombiningMark)
                {
                    break;
                }

                int bc = NormalizationRules.CombiningClass(back);
                if (bc == 0 || (bc >= ccc && !(_rules.D7 && bc > ccc)))
                {
                    b = -1;
                    break;
                }

                b -= bw;
            }

            if (b > 0)
            {
                char composed = _rules.Compose(dst[b - 1], (char)mark);
                if (composed != '\0')
                {
                    if (_rules.D4)
                    {
                        dst[b - 1] = composed;
                        return true;
                    }

                    // S1 without D4: a hamza or madda that belongs to its letter is not a diacritic.
                    return PutOrdered(dst, ref w, mark, _rules.D7 ? ccc : 0, ref markRun);
                }
            }
        }

        if (_rules.S1 && NormalizationRules.IsDiacritic(mark))
        {
            return true;
        }

        return PutOrdered(dst, ref w, mark, _rules.D7 ? ccc : 0, ref markRun);
    }

    static bool PutOrdered(Span<char> dst, ref int w, int mark, int ccc, ref int markRun)
    {
        int len = mark > 0xFFFF ? 2 : 1;
        if (w + len > dst.Length)
        {
            return false;
        }

        // Insertion point: before the trailing marks with a higher class (stable, stops at class 0 and at bases).
        int at = w;
        if (ccc != 0)
        {
            while (at > 0)
            {
                int back = PreviousCodePoint(dst, at, out int bw);
                if (CharClasses.Of(back) != CharClass.CombiningMark || NormalizationRules.CombiningClass(back) <= ccc)
                {
                    break;
                }

                at -= bw;
            }
        }

        if (at < w)
        {
            dst[at..w].CopyTo(dst[(at + len)..]);
        }

        if (len == 1)
        {
            dst[at] = (char)mark;
        }
        else
        {
            dst[at] = (char)(((mark - 0x10000) >> 10) + 0xD800);
            dst[at + 1] = (char)(((mark - 0x10000) & 0x3FF) + 0xDC00);
        }

        w += len;
        markRun++;
        return true;
    }

    static int PreviousCodePoint(Span<char> dst, int end, out int width)
    {
        char c = dst[end - 1];
        if (char.IsLowSurrogate(c) && end >= 2 && char.IsHighSurrogate(dst[end - 2]))
        {
            width = 2;
            return char.ConvertToUtf32(dst[end - 2], c);
        }

        width = 1;
        return c;
    }
}
