using UrduText.Internal;

namespace UrduText.Normalization;

/// <summary>The per-options 64K tables the fast paths read, built from the rules once per normalizer.</summary>
internal readonly partial struct NormalizationRules
{
    /// <summary>Scan table, low bits: the code unit never changes under these options whatever surrounds it.</summary>
    internal const byte ScanStable = 0;

    /// <summary>Scan table, low bits: look closer (the line it is on may change).</summary>
    internal const byte ScanLook = 1;

    /// <summary>Scan table, low bits: a plain space under D6 (changes only after a space or at a line start).</summary>
    internal const byte ScanPlainSpace = 2;

    /// <summary>Scan table, high bit: a class after which a plain space needs the closer look (so the scan decides spaces without a branch).</summary>
    internal const byte ScanSpaceOrBreakBit = 0x80;

    /// <summary>The canonical scan's table: per code unit, <see cref="ScanStable"/>, <see cref="ScanLook"/> or <see cref="ScanPlainSpace"/>, plus <see cref="ScanSpaceOrBreakBit"/>.</summary>
    internal byte[] BuildScanTable()
    {
        byte[] table = new byte[65536];
        for (int c = 0; c < table.Length; c++)
        {
            char ch = (char)c;
            CharClass cls = CharClasses.Of(ch);
            if (CharPredicates.IsWhiteSpace(cls))
            {
                table[c] = ScanSpaceOrBreakBit;
            }

            if (!IsStableAlone(ch, cls))
            {
                table[c] |= ch == ' ' && D6 && !Spacing ? ScanPlainSpace : ScanLook;
            }
        }

        return table;
    }

    /// <summary>The fast loop's tables: a <see cref="SimpleKind"/> per code unit, and what Simple, Letter, Heh and Space code units become.</summary>
    /// <param name="kind">The kinds.</param>
    /// <param name="map">The mapped code units.</param>
    internal void BuildSimpleTables(out byte[] kind, out char[] map)
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

            if (D6 && cls == CharClass.Space)
            {
                kind[c] = SimpleKind.Space;
                map[c] = ' ';
            }
            else if (D5 && (cls == CharClass.Tatweel || (cls == CharClass.Format && CharPredicates.IsRemovableInvisible(c))))
            {
                kind[c] = SimpleKind.Removable;
            }
        }

        if (D2a)
        {
            kind[DoChashmi.ArabicHeh] = SimpleKind.Heh;
            map[DoChashmi.ArabicHeh] = DoChashmi.ArabicHeh;
            if (D1)
            {
                // The Arabic heh presentation forms are U+0647 to D2a (issue 19): kept as it, resolved with their word.
                for (char form = DoChashmi.HehFormFirst; form <= DoChashmi.HehFormLast; form++)
                {
                    kind[form] = SimpleKind.Heh;
                    map[form] = DoChashmi.ArabicHeh;
                }
            }
        }

        if (D6)
        {
            kind['\n'] = SimpleKind.LineFeed;
            map['\n'] = '\n';
        }
    }

    /// <summary>
    /// The lam-alef ligatures ﻵ … ﻼ (U+FEF5–U+FEFC) under D1: lam and the alef each writes, for the vector blocks (the
    /// scalar loops send them to the general path, which writes the same two letters). Null without D1.
    /// </summary>
    internal (char First, char Second)[]? LamAlefExpansions()
    {
        if (!D1)
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
}
