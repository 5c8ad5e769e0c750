using System.Text;

namespace UrduText.Generators;

/// <summary>
/// <c>gazetteer-check [SHARED_DATA_DIR]</c>: cross-checks the gazetteer word by word against the shared name pairs
/// (Wikidata person-name tokens, CC0; Google ar2en, Apache-2.0). Both are Arabic orthography, so their Arabic side is
/// mapped to Urdu letters first (ي→ی, ك→ک, ه→ہ, ة→ہ, أ/إ→ا). A gazetteer word that also occurs there but whose Latin
/// form is none of the shared spellings is printed for review. Reads only; writes nothing.
/// </summary>
internal static class GazetteerCheck
{
    public static int Run(string root, string sharedData)
    {
        Dictionary<string, HashSet<string>> shared = new(StringComparer.Ordinal);
        string wikidata = Path.Combine(sharedData, "wikidata-arabic-names", "wd_arabic.normalized.aligned.tokens");
        string google = Path.Combine(sharedData, "google-ar2en", "ar2en.txt");
        if (!File.Exists(wikidata) || !File.Exists(google))
        {
            Console.Error.WriteLine($"shared name data not found under {sharedData}");
            return 2;
        }

        foreach (string line in File.ReadLines(wikidata, Encoding.UTF8))
        {
            string[] c = line.Split('\t');
            Add(shared, c[1].Replace(" ", "", StringComparison.Ordinal), c[0]);
        }

        foreach (string line in File.ReadLines(google, Encoding.UTF8))
        {
            string[] c = line.Split('\t');
            Add(shared, c[0], c[1]);
        }

        int words = 0, known = 0, agree = 0;
        foreach (string path in Directory.GetFiles(GazetteerGenerator.GazetteerDirectory(root), "*.tsv").Order(StringComparer.Ordinal))
        {
            string file = Path.GetFileName(path);
            int lineNo = 0;
            foreach (string line in File.ReadLines(path, Encoding.UTF8))
            {
                lineNo++;
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                string[] c = line.Split('\t');
                string[] u = GazetteerGenerator.CleanUrdu(c[0]).Split(' ');
                string[] l = c[1].Split(' ', '-');
                if (u.Length != l.Length)
                {
                    continue; // no word-by-word alignment to compare
                }

                for (int i = 0; i < u.Length; i++)
                {
                    words++;
                    if (!shared.TryGetValue(u[i], out HashSet<string>? spellings))
                    {
                        continue;
                    }

                    known++;
                    string ours = Fold(l[i]);
                    if (spellings.Contains(ours))
                    {
                        agree++;
                    }
                    else
                    {
                        Console.WriteLine($"{file}:{lineNo}\t{u[i]}\t{l[i]}\t{string.Join('|', spellings.Take(6))}");
                    }
                }
            }
        }

        Console.WriteLine($"# words compared: {words}; found in shared pairs: {known}; same spelling: {agree}; different: {known - agree}");
        return 0;
    }

    static void Add(Dictionary<string, HashSet<string>> map, string arabic, string latin)
    {
        StringBuilder sb = new(arabic.Length);
        foreach (char ch in arabic)
        {
            sb.Append(ch == '\u0629' ? '\u06C1' : ch); // TEH MARBUTA is written as HEH GOAL in Urdu names (فاطمہ)
        }

        string key = GazetteerGenerator.CleanUrdu(sb.ToString());
        if (!map.TryGetValue(key, out HashSet<string>? set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            map.Add(key, set);
        }

        set.Add(Fold(latin));
    }

    static string Fold(string latin) =>
        GazetteerGenerator.CleanLatin(latin).ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
}
