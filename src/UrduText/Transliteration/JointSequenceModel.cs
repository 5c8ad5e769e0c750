using System.IO.Compression;
using System.Text;

namespace UrduText;

/// <summary>
/// The statistical fallback of the Readable scheme: a joint-sequence (pair n-gram) model over aligned
/// (Urdu letter, 0–3 Latin letters) units, decoded with a beam search into a k-best list, then reranked with a character
/// n-gram of Latin names. Trained by <c>dotnet run --project tools/UrduText.Generators -- translit-model</c>.
/// </summary>
internal sealed class JointSequenceModel
{
    const int BeamWidth = 24;
    const int StartSymbol = 0;
    const int EndSymbol = 1;

    /// <summary>Weight of the Latin character language model in the rerank score (tuned on the dev splits).</summary>
    internal float LatinLmWeight { get; set; } = 0.5f;

    readonly string[] _latin;
    readonly Dictionary<char, int[]> _unitsByLetter;
    readonly NgramTable _joint;
    readonly NgramTable _chars;

    JointSequenceModel(string[] latin, Dictionary<char, int[]> unitsByLetter, NgramTable joint, NgramTable chars)
    {
        _latin = latin;
        _unitsByLetter = unitsByLetter;
        _joint = joint;
        _chars = chars;
    }

    /// <summary>Reads a model file (a deflate stream, see the trainer).</summary>
    public static JointSequenceModel Load(Stream compressed)
    {
        using var z = new DeflateStream(compressed, CompressionMode.Decompress);
        using var buffered = new BufferedStream(z, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.ASCII);
        Span<byte> magic = stackalloc byte[5];
        r.BaseStream.ReadExactly(magic);
        if (!magic.SequenceEqual("UTXM1"u8))
        {
            throw new InvalidDataException("Not a UrduText transliteration model.");
        }

        int count = r.ReadInt32();
        var latin = new string[count];
        var byLetter = new Dictionary<char, List<int>>();
        for (int i = 0; i < count; i++)
        {
            char u = (char)r.ReadUInt16();
            int len = r.ReadByte();
            latin[i] = Encoding.ASCII.GetString(r.ReadBytes(len));
            if (i > EndSymbol)
            {
                if (!byLetter.TryGetValue(u, out var list))
                {
                    byLetter[u] = list = [];
                }

                list.Add(i);
            }
        }

        NgramTable joint = NgramTable.Read(r);
        NgramTable chars = NgramTable.Read(r);
        var units = new Dictionary<char, int[]>(byLetter.Count);
        foreach (var (letter, list) in byLetter)
        {
            units[letter] = [.. list];
        }

        return new JointSequenceModel(latin, units, joint, chars);
    }

    /// <summary>Letters Arabic-orthography training data rarely has, replaced by the nearest letter it does have.</summary>
    static char Substitute(char c) => c switch
    {
        '\u06BE' => '\u06C1', // HEH DOACHASHMEE → HEH GOAL (the aspirate h)
        '\u06BA' => '\u0646', // NOON GHUNNA → NOON
        '\u0691' => '\u0631', // RREH → REH
        '\u0679' => '\u062A', // TTEH → TEH
        '\u0688' => '\u062F', // DDAL → DAL
        '\u06D2' or '\u06D3' => '\u06CC', // YEH BARREE (with hamza) → FARSI YEH
        '\u06AF' => '\u06A9', // GAF → KEHEH
        '\u067E' => '\u0628', // PEH → BEH
        '\u0686' => '\u062C', // TCHEH → JEEM
        '\u0698' => '\u0632', // JEH → ZAIN
        '\u0624' => '\u0648', // WAW WITH HAMZA → WAW
        '\u0626' => '\u06CC', // YEH WITH HAMZA → FARSI YEH
        '\u0622' => '\u0627', // ALEF WITH MADDA → ALEF
        _ => '\0',
    };

    int[]? UnitsFor(char letter)
    {
        if (_unitsByLetter.TryGetValue(letter, out int[]? units))
        {
            return units;
        }

        char sub = Substitute(letter);
        return sub != '\0' && _unitsByLetter.TryGetValue(sub, out units) ? units : null;
    }

    struct Hypothesis
    {
        public ulong History;
        public float Score;
        public int Previous;
        public int Unit;
        public int Length;
    }

    /// <summary>
    /// Decodes folded Urdu letters into up to <paramref name="k"/> Latin spellings (lower case), best first, with a
    /// log-probability score. <paramref name="hints"/> (same length, may be empty) carries the diacritic after each letter:
    /// a, i, u for zabar, zer, pesh, and '2' for shadda; a candidate that contradicts a hint is penalized.
    /// </summary>
    public List<(string Latin, float Score)> Decode(ReadOnlySpan<char> letters, ReadOnlySpan<char> hints, int k)
    {
        var all = new List<Hypothesis>(letters.Length * BeamWidth + 1) { new() { History = StartSymbol, Previous = -1, Unit = -1 } };
        int beamStart = 0, beamEnd = 1;
        var expansions = new List<Hypothesis>(256);
        var seen = new HashSet<ulong>();
        int historyLength = 1;
        for (int pos = 0; pos < letters.Length; pos++)
        {
            int[]? units = UnitsFor(letters[pos]);
            if (units is null)
            {
                continue; // a letter the model has never seen contributes nothing rather than failing the word
            }

            char hint = hints.Length > pos ? hints[pos] : '\0';
            expansions.Clear();
            for (int h = beamStart; h < beamEnd; h++)
            {
                Hypothesis hyp = all[h];
                foreach (int unit in units)
                {
                    float s = hyp.Score + _joint.LogProb(hyp.History, historyLength, unit);
                    if (hint != '\0')
                    {
                        s += HintPenalty(_latin[unit], hint);
                    }

                    if (pos > 0 && hyp.Unit >= 0 && IsDeferred(_latin[hyp.Unit], PreviousHint(hints, pos)))
                    {
                        s += StartsWithVowel(_latin[unit], PreviousHint(hints, pos)) ? 0 : HintMiss;
                    }

                    expansions.Add(new Hypothesis { History = _joint.Push(hyp.History, unit), Score = s, Previous = h, Unit = unit, Length = hyp.Length + _latin[unit].Length });
                }
            }

            expansions.Sort(static (a, b) => b.Score.CompareTo(a.Score));
            seen.Clear();
            int newStart = all.Count;
            foreach (Hypothesis e in expansions)
            {
                // Recombination would merge different spellings that share a history; keep them apart for the k-best list,
                // but drop exact duplicates of history + length (same future, lower score).
                if (!seen.Add(e.History * 31 + (ulong)e.Length))
                {
                    continue;
                }

                all.Add(e);
                if (all.Count - newStart == BeamWidth)
                {
                    break;
                }
            }

            beamStart = newStart;
            beamEnd = all.Count;
            historyLength++;
        }

        var finals = new List<(string Latin, float Score)>();
        var sb = new StringBuilder();
        var stack = new Stack<int>();
        for (int h = beamStart; h < beamEnd; h++)
        {
            Hypothesis hyp = all[h];
            if (hyp.Unit < 0)
            {
                break; // nothing decodable
            }

            float score = hyp.Score + _joint.LogProb(hyp.History, historyLength, EndSymbol);
            if (IsDeferred(_latin[hyp.Unit], PreviousHint(hints, letters.Length)))
            {
                score += HintMiss; // the word ended before the marked vowel was written
            }

            stack.Clear();
            for (int i = h; all[i].Unit >= 0; i = all[i].Previous)
            {
                stack.Push(all[i].Unit);
            }

            sb.Clear();
            while (stack.Count > 0)
            {
                sb.Append(_latin[stack.Pop()]);
            }

            if (sb.Length == 0)
            {
                continue;
            }

            string latin = sb.ToString();
            score += LatinLmWeight * LatinLogProb(latin);
            int existing = finals.FindIndex(f => f.Latin == latin);
            if (existing < 0)
            {
                finals.Add((latin, score));
            }
            else if (finals[existing].Score < score)
            {
                finals[existing] = (latin, score);
            }
        }

        finals.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        if (finals.Count > k)
        {
            finals.RemoveRange(k, finals.Count - k);
        }

        return finals;
    }

    /// <summary>ln P(latin) under the character model (ASCII lower-case letters; others are skipped).</summary>
    public float LatinLogProb(string latin)
    {
        ulong history = StartSymbol;
        int length = 1;
        float total = 0;
        foreach (char c in latin)
        {
            if (c is < 'a' or > 'z')
            {
                continue;
            }

            int symbol = c - 'a' + 2;
            total += _chars.LogProb(history, length++, symbol);
            history = _chars.Push(history, symbol);
        }

        return total + _chars.LogProb(history, length, EndSymbol);
    }

    const float HintMiss = -6f;

    static char PreviousHint(ReadOnlySpan<char> hints, int pos) => pos > 0 && hints.Length >= pos ? hints[pos - 1] : '\0';

    static bool IsVowelHint(char hint) => hint is 'a' or 'i' or 'u';

    static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>True when a vowel hint on a letter was not written by that letter's unit, so the next unit must start with it.</summary>
    static bool IsDeferred(string latin, char hint) => IsVowelHint(hint) && (latin.Length == 0 || !IsVowel(latin[^1]));

    static bool StartsWithVowel(string latin, char hint) => latin.Length > 0 && MatchesHint(latin[0], hint);

    static bool MatchesHint(char vowel, char hint) => hint switch
    {
        'a' => vowel is 'a',
        'i' => vowel is 'i' or 'e',
        _ => vowel is 'u' or 'o',
    };

    static float HintPenalty(string latin, char hint)
    {
        const float Penalty = HintMiss;
        switch (hint)
        {
            case '2':
                // Shadda: the consonant is written twice.
                return latin.Length >= 2 && latin[0] == latin[1] ? 0 : Penalty;
            case 'a':
            case 'i':
            case 'u':
                // The short vowel follows the letter: a unit that ends in a vowel must end in that one; a unit that ends
                // in a consonant defers the check to the next unit (see IsDeferred).
                if (latin.Length == 0 || !IsVowel(latin[^1]))
                {
                    return 0;
                }

                return MatchesHint(latin[^1], hint) ? 0 : Penalty;
            default:
                return 0;
        }
    }
}
