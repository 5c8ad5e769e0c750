using System.Globalization;
using System.Text;

namespace UrduText.Generators;

/// <summary>
/// Writes src/UrduText/Normalization/NormalizationTables.g.cs and docs/normalization-presentation-forms.md:
/// <list type="bullet">
/// <item>D1: every Arabic presentation-form letter (U+FB50–U+FDFF, U+FE70–U+FEFF) with a compatibility decomposition,
/// mapped to its NFKC base letters and then to the Urdu letter (ي → ی, ك → ک, ه → ہ, …), with the heh exceptions
/// Arabic heh forms U+FEE9–U+FEEC held as ہ (what D2 makes of U+0647; the normalizer sends them through D2a when it is on).</item>
/// <item>The canonical combining class of every mark, for D7 (canonical mark order). Reference classes come from
/// ICU4N (Unicode 10); every mark of the pinned general categories (<see cref="GeneralCategories"/>) is then measured
/// against them with <see cref="string.Normalize(NormalizationForm)"/> (checked to have the pinned data first:
/// <see cref="NormalizerVersion"/>), so marks newer than ICU4N's data get their real class too.</item>
/// </list>
/// </summary>
internal static class NormalizationGenerator
{
    // The symbol ligatures (phrases such as ﷺ) are not letters; D1 leaves them alone and an option expands them.
    static readonly int[] s_symbolLigatures = [0xFDFA, 0xFDFB, 0xFDFC, 0xFDFD, 0xFDFE, 0xFDFF];

    public static void Run(string root)
    {
        NormalizerVersion.Check();
        GeneralCategories categories = GeneralCategories.Load(root);
        var rows = new List<Row>();
        foreach (var (start, end) in new[] { (0xFB50, 0xFDFF), (0xFE70, 0xFEFF) })
        {
            for (int cp = start; cp <= end; cp++)
            {
                Row? row = MapPresentationForm(cp, categories);
                if (row is not null)
                {
                    rows.Add(row);
                }
            }
        }

        var ccc = CombiningClasses(categories);
        WriteTables(root, rows, ccc);
        WriteDocs(root, rows, categories);
        Console.WriteLine($"wrote NormalizationTables.g.cs: {rows.Count} presentation forms, {ccc.Count} combining-class ranges");
    }

    sealed record Row(int CodePoint, string From, string To, string Why);

    static Row? MapPresentationForm(int cp, GeneralCategories categories)
    {
        if (Array.IndexOf(s_symbolLigatures, cp) >= 0 || categories[cp] != UnicodeCategory.OtherLetter)
        {
            return null;
        }

        string from = char.ConvertFromUtf32(cp);
        string nfkc = from.Normalize(NormalizationForm.FormKC);
        if (nfkc == from)
        {
            return null;
        }

        string name = UnicodeName(cp);
        string why;
        var to = new StringBuilder();

        // Arabic heh: NFKC folds all four forms into U+0647. PDFs set in Arabic fonts use them for both Urdu hehs (ﺑﻬﯽ = بھی,
        // ﻛﻬﺎ = کہا), so the position of the form says nothing: only the word can tell. The table holds what D2 makes of
        // U+0647 (ہ); with D2a on, the normalizer sends these four through D2a exactly as it does U+0647 (issue 19).
        if (cp is >= 0xFEE9 and <= 0xFEEC)
        {
            return new Row(cp, from, "\u06C1", "Arabic heh form: as U+0647, ہ, or ھ by word under D2a (do-chashmi restoration)");
        }

        string body = nfkc;
        bool carrierDropped = false;
        if (body.Length >= 2 && (body[0] == ' ' || body[0] == '\u0640') && categories.IsMark(body[1]))
        {
            // Spacing (space + mark) and tatweel-carried (kashida + mark) forms of harakat: the carrier is a
            // rendering device, the mark is the text.
            body = body[1..];
            carrierDropped = true;
        }

        foreach (char c in body)
        {
            to.Append(UrduLetter(c));
        }

        string mapped = to.ToString();
        if (mapped.Contains(' ', StringComparison.Ordinal) || mapped.Contains('\u0640', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"U+{cp:X4} maps to a space or tatweel: '{mapped}'");
        }

        if (carrierDropped)
        {
            why = "harakat form on a space or tatweel carrier: the mark alone";
        }
        else if (name.Contains("LAM WITH ALEF", StringComparison.Ordinal))
        {
            why = "lam-alef ligature: lam + the alef";
        }
        else if (cp == 0xFDF2)
        {
            why = "Allah ligature: the word, spelled with Urdu heh goal";
        }
        else if (cp >= 0xFDF0 && cp <= 0xFDF9)
        {
            why = "word ligature: the word, Urdu letters";
        }
        else if (body.Length > 1 && !categories.IsMark(body[1]))
        {
            why = body.Contains('\u0647', StringComparison.Ordinal)
                ? "letter ligature: its letters, Urdu targets (heh inside an Arabic ligature is the round heh ہ)"
                : "letter ligature: its letters, Urdu targets";
        }
        else if (body.Length > 1)
        {
            why = "letter with a mark (ligature form): the letter and the mark";
        }
        else if (body != mapped)
        {
            why = body[0] switch
            {
                '\u064A' or '\u0649' => "yeh / alef maksura form: Urdu yeh ی U+06CC (not ے)",
                '\u0643' => "Arabic kaf form: Urdu kaf ک U+06A9",
                '\u0629' => "teh marbuta form: Urdu teh marbuta goal ۃ U+06C3",
                '\u06C0' => "heh with yeh above form: Urdu ۂ U+06C2",
                '\u06D5' => "ae form: Urdu heh goal ہ",
                _ => "presentation form: Urdu letter",
            };
        }
        else
        {
            why = mapped[0] switch
            {
                '\u06C1' => "heh goal form: heh goal ہ",
                '\u06BE' => "do-chashmi heh form: ھ",
                '\u06CC' => "Farsi yeh form: Urdu yeh ی",
                '\u06A9' => "keheh form: Urdu kaf ک",
                '\u06D2' or '\u06D3' => "yeh barree form: ے / ۓ",
                _ => "positional form: its base letter",
            };
        }

        return new Row(cp, from, mapped, why);
    }

    // D2 as it applies inside a decomposed presentation form: the Arabic letter becomes its Urdu counterpart.
    static char UrduLetter(char c) => c switch
    {
        '\u064A' or '\u0649' => '\u06CC', // ARABIC YEH, ALEF MAKSURA → FARSI YEH
        '\u0643' or '\u06AA' => '\u06A9', // ARABIC KAF, SWASH KAF → KEHEH
        '\u0647' or '\u06D5' => '\u06C1', // ARABIC HEH, AE → HEH GOAL
        '\u0629' => '\u06C3', // TEH MARBUTA → TEH MARBUTA GOAL
        '\u06C0' => '\u06C2', // HEH WITH YEH ABOVE → HEH GOAL WITH HAMZA ABOVE
        '\u0678' => '\u0626', // HIGH HAMZA YEH → YEH WITH HAMZA ABOVE
        _ => c,
    };

    static string UnicodeName(int cp)
    {
        try
        {
            return ICU4N.UChar.GetName(cp) ?? "";
        }
        catch (ArgumentException)
        {
            return "";
        }
    }

    /// <summary>Ranges (start, end, ccc) of marks with a non-zero canonical combining class.</summary>
    static List<(int Start, int End, int Ccc)> CombiningClasses(GeneralCategories categories)
    {
        // One reference mark per class value, taken from ICU4N's data for marks whose class NFD agrees with.
        var references = new SortedDictionary<int, int>();
        for (int cp = 0x300; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF || !categories.IsMark(cp))
            {
                continue;
            }

            int c = ICU4N.UChar.GetCombiningClass(cp);
            if (c != 0 && !references.ContainsKey(c) && IsStable(cp))
            {
                references[c] = cp;
            }
        }

        var classes = new SortedDictionary<int, int>();
        for (int cp = 0x300; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF || !categories.IsMark(cp) || !IsStable(cp))
            {
                continue;
            }

            int measured = Measure(cp, references);
            if (measured != 0)
            {
                classes[cp] = measured;
            }
        }

        var ranges = new List<(int, int, int)>();
        foreach (var (cp, c) in classes)
        {
            if (ranges.Count > 0 && ranges[^1].Item2 == cp - 1 && ranges[^1].Item3 == c)
            {
                ranges[^1] = (ranges[^1].Item1, cp, c);
            }
            else
            {
                ranges.Add((cp, cp, c));
            }
        }

        return ranges;
    }

    // A mark that NFD leaves as itself (decomposable marks are reordered through their parts).
    static bool IsStable(int cp)
    {
        string s = "a" + char.ConvertFromUtf32(cp);
        return s.Normalize(NormalizationForm.FormD) == s;
    }

    // The class of a mark is the reference class it neither sorts before nor after.
    static int Measure(int cp, SortedDictionary<int, int> references)
    {
        string m = char.ConvertFromUtf32(cp);
        int sameAs = 0;
        bool swappedAny = false;
        foreach (var (c, refCp) in references)
        {
            string r = char.ConvertFromUtf32(refCp);
            bool mFirstSwaps = ("a" + m + r).Normalize(NormalizationForm.FormD) != "a" + m + r;
            bool rFirstSwaps = ("a" + r + m).Normalize(NormalizationForm.FormD) != "a" + r + m;
            if (mFirstSwaps || rFirstSwaps)
            {
                swappedAny = true;
            }
            else if (refCp == cp || sameAs == 0)
            {
                sameAs = c;
            }
        }

        // A class-0 mark never swaps with anything; a class-k mark swaps with every reference but k.
        return swappedAny ? sameAs : 0;
    }

    static void WriteTables(string root, List<Row> rows, List<(int Start, int End, int Ccc)> ccc)
    {
        const int aStart = 0xFB50, aEnd = 0xFDFF, bStart = 0xFE70, bEnd = 0xFEFF;
        int aCount = aEnd - aStart + 1;
        var index = new uint[aCount + (bEnd - bStart + 1)];
        var pool = new StringBuilder();
        var poolIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int maxLength = 1;
        foreach (Row row in rows)
        {
            if (!poolIndex.TryGetValue(row.To, out int offset))
            {
                offset = pool.Length;
                pool.Append(row.To);
                poolIndex[row.To] = offset;
            }

            int slot = row.CodePoint <= aEnd ? row.CodePoint - aStart : aCount + row.CodePoint - bStart;
            index[slot] = ((uint)offset << 4) | (uint)row.To.Length;
            maxLength = Math.Max(maxLength, row.To.Length);
            if (row.To.Length > 15)
            {
                throw new InvalidOperationException("mapping too long for the 4-bit length field");
            }
        }

        var sb = new StringBuilder();
        sb.AppendLine("// <auto-generated>");
        sb.AppendLine("// Generated by tools/UrduText.Generators (dotnet run --project tools/UrduText.Generators -- normalization).");
        sb.AppendLine($"// Decompositions and combining classes: string.Normalize with Unicode {NormalizerVersion.Pinned} data; general categories: Unicode {GeneralCategories.Version}; reference classes: ICU4N.");
        sb.AppendLine("// Every row, with its reason, is listed in docs/normalization-presentation-forms.md.");
        sb.AppendLine("// Do not edit by hand: change the generator and rerun it.");
        sb.AppendLine("// </auto-generated>");
        sb.AppendLine("namespace UrduText.Normalization;");
        sb.AppendLine();
        sb.AppendLine("internal static class NormalizationTables");
        sb.AppendLine("{");
        sb.AppendLine($"    /// <summary>First code point of Arabic Presentation Forms-A.</summary>");
        sb.AppendLine($"    public const int FormsAStart = 0x{aStart:X4};");
        sb.AppendLine($"    /// <summary>Last code point of Arabic Presentation Forms-A.</summary>");
        sb.AppendLine($"    public const int FormsAEnd = 0x{aEnd:X4};");
        sb.AppendLine($"    /// <summary>First code point of Arabic Presentation Forms-B.</summary>");
        sb.AppendLine($"    public const int FormsBStart = 0x{bStart:X4};");
        sb.AppendLine($"    /// <summary>Last code point of Arabic Presentation Forms-B.</summary>");
        sb.AppendLine($"    public const int FormsBEnd = 0x{bEnd:X4};");
        sb.AppendLine($"    /// <summary>Number of presentation forms D1 maps.</summary>");
        sb.AppendLine($"    public const int MappedFormCount = {rows.Count};");
        sb.AppendLine($"    /// <summary>The longest D1 replacement (ﷲ and the other word ligatures), in UTF-16 code units, for one source code unit.</summary>");
        sb.AppendLine($"    public const int MaxFormExpansion = {maxLength};");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>Per code point of Forms-A then Forms-B: (offset into <see cref=\"Pool\"/> &lt;&lt; 4) | length; 0 = unchanged.</summary>");
        sb.AppendLine("    public static ReadOnlySpan<uint> FormIndex =>");
        sb.AppendLine("    [");
        GeneratedCode.AppendRows(sb, index, 16, entry => entry.ToString(CultureInfo.InvariantCulture));

        sb.AppendLine("    ];");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>The replacement texts, concatenated.</summary>");
        sb.Append("    public static ReadOnlySpan<char> Pool =>");
        for (int i = 0; i < pool.Length; i += 24)
        {
            sb.AppendLine().Append("        ").Append(i == 0 ? "\"" : "+ \"");
            for (int j = i; j < Math.Min(i + 24, pool.Length); j++)
            {
                sb.Append("\\u").Append(((int)pool[j]).ToString("X4", CultureInfo.InvariantCulture));
            }

            sb.Append('"');
        }

        sb.AppendLine(";");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>Start of each run of marks sharing a non-zero canonical combining class (sorted).</summary>");
        sb.AppendLine("    public static ReadOnlySpan<int> CombiningClassStarts =>");
        AppendInts(sb, ccc.ConvertAll(r => r.Start), hex: true);
        sb.AppendLine("    /// <summary>End (inclusive) of each run.</summary>");
        sb.AppendLine("    public static ReadOnlySpan<int> CombiningClassEnds =>");
        AppendInts(sb, ccc.ConvertAll(r => r.End), hex: true);
        sb.AppendLine("    /// <summary>The canonical combining class of each run.</summary>");
        sb.AppendLine("    public static ReadOnlySpan<byte> CombiningClassValues =>");
        AppendInts(sb, ccc.ConvertAll(r => r.Ccc), hex: false);
        sb.AppendLine("}");

        string output = Path.Combine(root, "src", "UrduText", "Normalization", "NormalizationTables.g.cs");
        File.WriteAllText(output, sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    static void AppendInts(StringBuilder sb, List<int> values, bool hex)
    {
        sb.AppendLine("    [");
        GeneratedCode.AppendRows(sb, values, 12, value => hex ? "0x" + value.ToString("X4", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture));

        sb.AppendLine("    ];");
        sb.AppendLine();
    }

    static void WriteDocs(string root, List<Row> rows, GeneralCategories categories)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# D1: every presentation form UrduNormalizer maps");
        sb.AppendLine();
        sb.AppendLine("<!-- Generated by `dotnet run --project tools/UrduText.Generators -- normalization`. Do not edit by hand. -->");
        sb.AppendLine();
        sb.AppendLine($"Rule D1 of [normalization.md](normalization.md) (`UrduNormalizationOptions.PresentationForms`). {rows.Count} code points of");
        sb.AppendLine("Arabic Presentation Forms-A (U+FB50–U+FDFF) and -B (U+FE70–U+FEFF) are letters with a compatibility decomposition;");
        sb.AppendLine("each becomes its NFKC decomposition, with the Arabic letters turned into their Urdu counterparts (rule D2) and");
        sb.AppendLine("the four Arabic heh forms U+FEE9–U+FEEC treated as U+0647 (ہ, or ھ by word when D2a is on). Code points of these blocks that");
        sb.AppendLine("are not listed are left alone: the symbol ligatures ﷺ ﷻ ﷼ ﷽ ﷾ ﷿ (an option expands the first four), the ornate");
        sb.AppendLine("parentheses, and the Arabic symbols without a decomposition.");
        sb.AppendLine();
        sb.AppendLine("| From | Code point | To | Code points | Why |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (Row row in rows)
        {
            var cps = new StringBuilder();
            foreach (char c in row.To)
            {
                cps.Append(cps.Length == 0 ? "" : " ").Append("U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }

            // A leading mark would combine with the table's pipe: show it on a dotted circle.
            string shown = categories.IsMark(row.To[0]) ? "\u25CC" + row.To : row.To;
            sb.AppendLine($"| {row.From} | U+{row.CodePoint:X4} | {shown} | {cps} | {row.Why} |");
        }

        string output = Path.Combine(root, "docs", "normalization-presentation-forms.md");
        File.WriteAllText(output, sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
