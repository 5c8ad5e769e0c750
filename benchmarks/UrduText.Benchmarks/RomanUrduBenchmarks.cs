using BenchmarkDotNet.Attributes;
using ICU4N.Text;

namespace UrduText.Benchmarks;

/// <summary>
/// Roman Urdu → Urdu throughput on running text: the Wikipedia corpus romanized by the core Readable transliterator
/// (lower-cased), converted with the UrduText.Data converter (lexicon, spelling model for unseen words, word bigram
/// choice) and the rule-based core converter, span overloads into a preallocated buffer, against a plain dictionary
/// lookup that maps each whitespace-separated word to a fixed Urdu word (the speed floor of any lookup-based converter).
/// A second data row converts everyday chat sentences (every word attested), cut to the same length.
/// ICU4N's <c>Latin-Arabic</c> transform (the one Latin → Arabic-script transform <c>Transliterator.GetAvailableIDs()</c>
/// lists; 0.2% top-1 on the Dakshina dev split: it spells letters, not Urdu words) is the other peer.
/// </summary>
[MemoryDiagnoser]
public class RomanUrduBenchmarks
{
    /// <summary>Everyday chat sentences (the golden test's kind), repeated: words people type, all attested.</summary>
    static readonly string[] s_everyday =
    [
        "aap kaise hain", "main ghar ja raha hoon", "mera naam ali hai", "kya haal hai", "main theek hoon",
        "mujhe pani chahiye", "ye kitab bohat achi hai", "tum kahan ho", "aaj mausam acha hai", "hum ne khana kha liya",
    ];

    string _text = "";
    string _everyday = "";
    char[] _destination = [];
    Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    readonly RomanUrduConverter _data = UrduTextData.RomanUrduConverter;
    readonly RomanUrduConverter _rules = RomanUrduConverter.Default;
    Transliterator _icu = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = UrduTransliterator.Default.Transliterate(BenchmarkCorpus.Text(Corpus.Wikipedia)).ToLowerInvariant();
        var everyday = new System.Text.StringBuilder();
        while (everyday.Length < Math.Min(_text.Length, 100_000))
        {
            everyday.AppendJoin('\n', s_everyday).Append('\n');
        }

        _everyday = everyday.ToString();
        _destination = new char[_data.GetMaxConvertedLength(Math.Max(_text.Length, _everyday.Length))];
        var dictionary = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string word in _text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!dictionary.ContainsKey(word))
            {
                IReadOnlyList<TransliterationCandidate> c = _data.Candidates(word, 1);
                dictionary[word] = c.Count > 0 ? c[0].Text : word;
            }
        }

        _lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        _icu = Transliterator.GetInstance("Latin-Arabic");
        _data.Convert(_text, _destination, out _, out _);
    }

    [Benchmark(Baseline = true, Description = "Dictionary lookup per word (span)")]
    public int Dictionary()
    {
        ReadOnlySpan<char> rest = _text;
        Span<char> output = _destination;
        int written = 0;
        while (!rest.IsEmpty)
        {
            int space = rest.IndexOfAny(' ', '\n');
            ReadOnlySpan<char> word = space < 0 ? rest : rest[..space];
            ReadOnlySpan<char> urdu = _lookup.TryGetValue(word, out string? u) ? u : word;
            urdu.CopyTo(output[written..]);
            written += urdu.Length;
            if (space < 0)
            {
                break;
            }

            output[written++] = rest[space];
            rest = rest[(space + 1)..];
        }

        return written;
    }

    [Benchmark(Description = "ICU4N Latin-Arabic")]
    public int Icu() => _icu.Transliterate(_text).Length;

    [Benchmark(Description = "RomanUrduConverter, UrduText.Data (span)")]
    public int Data()
    {
        _data.Convert(_text, _destination, out _, out int written);
        return written;
    }

    [Benchmark(Description = "RomanUrduConverter, UrduText.Data, everyday chat text (span)")]
    public int DataEveryday()
    {
        _data.Convert(_everyday, _destination, out _, out int written);
        return written;
    }

    [Benchmark(Description = "RomanUrduConverter.Default, rules (span)")]
    public int Rules()
    {
        _rules.Convert(_text, _destination, out _, out int written);
        return written;
    }
}
