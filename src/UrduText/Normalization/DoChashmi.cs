using System.Runtime.CompilerServices;
using UrduText.Internal;

namespace UrduText;

/// <summary>
/// Rule D2a: decides, for each Arabic heh (U+0647) left in a word, whether it is do-chashmi heh (U+06BE ھ, the mark
/// of aspiration) or heh goal (U+06C1 ہ). Arabic keyboards have one heh; Urdu writes two, and only a heh directly
/// after an aspirable consonant can be either. See docs/do-chashmi.md for the method and its measured accuracy.
/// </summary>
/// <remarks>
/// Order of evidence: the team's curated lists (whole word, then with an inflection or prefix stripped, then split from
/// a function word written without a space), then the tesseract-ocr-urd word list (a reading present in only one form
/// wins), then a per-consonant default rule taken from the counts of that word list. Everything runs on stack
/// buffers; the lists load once, lazily.
/// </remarks>
internal static class DoChashmi
{
    internal const char ArabicHeh = '\u0647'; // ه ARABIC LETTER HEH
    internal const char DoChashmiHeh = '\u06BE'; // ھ ARABIC LETTER HEH DOACHASHMEE
    internal const char HehGoal = '\u06C1'; // ہ ARABIC LETTER HEH GOAL

    /// <summary>ﻩ ARABIC LETTER HEH ISOLATED FORM: the first of the four Arabic heh presentation forms (then final, initial, medial).</summary>
    internal const char HehFormFirst = '\uFEE9';

    /// <summary>ﻬ ARABIC LETTER HEH MEDIAL FORM: the last Arabic heh presentation form.</summary>
    internal const char HehFormLast = '\uFEEC';

    /// <summary>
    /// True for the Arabic heh presentation forms U+FEE9–U+FEEC, which D1 hands to D2a as U+0647 (PDFs set in Arabic
    /// fonts use them for both Urdu hehs; only the word can tell). The Urdu heh goal and do-chashmi forms are not among them.
    /// </summary>
    /// <param name="c">A code point.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsHehForm(int c) => (uint)(c - HehFormFirst) <= HehFormLast - HehFormFirst;

    /// <summary>Longest word (letters only, marks not counted) looked up in the lists; longer ones take the default rule.</summary>
    internal const int MaxLookupLength = 64;

    /// <summary>Most ambiguous hehs whose readings are enumerated (2^4 = 16 lookups per stage); more take the default rule.</summary>
    internal const int MaxAmbiguous = 4;

    /// <summary>Replaces every U+0647 in <paramref name="word"/> with U+06BE or U+06C1, in place.</summary>
    /// <param name="word">One word: a maximal run of Arabic-script letters and combining marks, other letters already Urdu.</param>
    public static void Resolve(Span<char> word)
    {
        if (word.Contains(ArabicHeh))
        {
            _ = Resolve(word, DoChashmiLexicon.Instance, memo: true);
        }
    }

    /// <summary>
    /// <see cref="Resolve(Span{char})"/> for a word of bare letters (no marks, no tatweel), as the normalizer's fast loop
    /// produces them: the word is its own skeleton, so nothing is copied.
    /// </summary>
    /// <param name="word">Letters only, other letters already Urdu; changed in place.</param>
    public static void ResolveBare(Span<char> word)
    {
        if (word.Length > MaxLookupLength)
        {
            Resolve(word);
            return;
        }

        // One pass settles the hehs that cannot be ھ, finds the ambiguous ones (positions 8 bits each, so nothing lives
        // on the stack) and packs the word into its memo key when the memo can hold it.
        uint positions = 0;
        int count = 0;
        ulong letters = 0;
        bool memoizable = word.Length <= DoChashmiCache.MaxLength;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c == ArabicHeh)
            {
                if (i == 0 || !IsAspirable(word[i - 1]))
                {
                    word[i] = c = HehGoal;
                }
                else if (count == MaxAmbiguous)
                {
                    // Too many to enumerate: the general path takes the default rule for the whole word.
                    Resolve(word);
                    return;
                }
                else
                {
                    positions |= (uint)i << (8 * count++);
                }
            }

            if (memoizable)
            {
                uint code = DoChashmiCache.Code(c);
                memoizable = code != 0;
                letters |= (ulong)code << (DoChashmiCache.BitsPerLetter * i);
            }
        }

        if (count == 0)
        {
            return;
        }

        ulong key = memoizable ? DoChashmiCache.Complete(letters, word.Length) : 0;
        if (key == 0 || !DoChashmiCache.TryGet(key, out int mask))
        {
            mask = Decide(word, positions, count, key);
        }

        for (int j = 0; j < count; j++)
        {
            word[(int)((positions >> (8 * j)) & 0xFF)] = (mask & (1 << j)) != 0 ? DoChashmiHeh : HehGoal;
        }
    }

    // ResolveBare's decision for a word the memo does not hold yet (or cannot hold), memoized when it can be.
    private static int Decide(Span<char> word, uint positions, int count, ulong key)
    {
        Span<int> ambiguous = stackalloc int[MaxAmbiguous];
        for (int j = 0; j < count; j++)
        {
            ambiguous[j] = (int)((positions >> (8 * j)) & 0xFF);
        }

        int mask = Choose(word, ambiguous[..count], DoChashmiLexicon.Instance, out _);
        if (key != 0)
        {
            DoChashmiCache.Set(key, mask);
        }

        return mask;
    }

    /// <summary>Resolves <paramref name="word"/> against <paramref name="lexicon"/> and tells which evidence decided it.</summary>
    /// <param name="word">The word, changed in place.</param>
    /// <param name="lexicon">The lists to consult (tests pass reduced ones to measure what each list contributes).</param>
    /// <returns>The evidence that decided the word's ambiguous hehs, or <see cref="DoChashmiEvidence.None"/> when it has none.</returns>
    internal static DoChashmiEvidence Resolve(Span<char> word, DoChashmiLexicon lexicon) => Resolve(word, lexicon, memo: false);

    // With memo, the decision of a skeleton the memo can hold is taken from it or stored in it (words with marks and
    // words the general loop resolves reach this path; their skeletons share the memo with ResolveBare's bare words).
    // The evidence is then DoChashmiEvidence.None on a hit: callers that report evidence pass memo: false.
    static DoChashmiEvidence Resolve(Span<char> word, DoChashmiLexicon lexicon, bool memo)
    {
        // The lists hold bare letters, so the decision runs on the word without its marks (zabar, zer, pesh, shadda…);
        // map[i] remembers where skeleton letter i sits in the word.
        Span<char> skeleton = stackalloc char[MaxLookupLength];
        Span<int> map = stackalloc int[MaxLookupLength];
        Span<int> ambiguous = stackalloc int[MaxAmbiguous];
        int length = 0;
        int ambiguousCount = 0;
        bool tooLong = false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (IsSkipped(c))
            {
                continue;
            }

            if (length == MaxLookupLength)
            {
                tooLong = true;
                break;
            }

            if (c == ArabicHeh)
            {
                if (length > 0 && IsAspirable(skeleton[length - 1]))
                {
                    if (ambiguousCount == MaxAmbiguous)
                    {
                        tooLong = true;
                        break;
                    }

                    ambiguous[ambiguousCount++] = length;
                }
                else
                {
                    // Word-initial, or after a vowel letter or a consonant that takes no aspiration: always heh goal.
                    c = HehGoal;
                    word[i] = HehGoal;
                }
            }

            skeleton[length] = c;
            map[length] = i;
            length++;
        }

        if (tooLong)
        {
            ResolveByDefaultRule(word);
            return DoChashmiEvidence.DefaultRule;
        }

        if (ambiguousCount == 0)
        {
            return DoChashmiEvidence.None;
        }

        skeleton = skeleton[..length];
        ambiguous = ambiguous[..ambiguousCount];
        ulong key = memo ? DoChashmiCache.Key(skeleton) : 0;
        DoChashmiEvidence evidence = DoChashmiEvidence.None;
        if (key == 0 || !DoChashmiCache.TryGet(key, out int mask))
        {
            mask = Choose(skeleton, ambiguous, lexicon, out evidence);
            if (key != 0)
            {
                DoChashmiCache.Set(key, mask);
            }
        }

        for (int j = 0; j < ambiguous.Length; j++)
        {
            word[map[ambiguous[j]]] = (mask & (1 << j)) != 0 ? DoChashmiHeh : HehGoal;
        }

        return evidence;
    }

    /// <summary>
    /// Picks the reading of <paramref name="skeleton"/>'s ambiguous hehs: bit j of the result set means
    /// <paramref name="ambiguous"/>[j] is ھ. Leaves the skeleton's ambiguous positions in an unspecified state.
    /// </summary>
    internal static int Choose(Span<char> skeleton, ReadOnlySpan<int> ambiguous, DoChashmiLexicon lexicon, out DoChashmiEvidence evidence)
    {
        int mask;
        evidence = TryLookup(skeleton, 0, skeleton.Length, ambiguous, lexicon, curated: true, out mask) ? DoChashmiEvidence.Curated
            : TryAffixes(skeleton, ambiguous, lexicon, curated: true, out mask) ? DoChashmiEvidence.CuratedStem
            : TryCompound(skeleton, ambiguous, lexicon, out mask) ? DoChashmiEvidence.CuratedCompound
            : TryLookup(skeleton, 0, skeleton.Length, ambiguous, lexicon, curated: false, out mask) ? DoChashmiEvidence.WordList
            : TryAffixes(skeleton, ambiguous, lexicon, curated: false, out mask) ? DoChashmiEvidence.WordListStem
            : DoChashmiEvidence.DefaultRule;
        return evidence == DoChashmiEvidence.DefaultRule ? DefaultMask(skeleton, ambiguous) : mask;
    }

    // Inflected and derived forms missing from the lists (دیکھتیں، بےسمجھی، بھیجوائیں): strip a suffix, a prefix, or
    // both, and look the stem up. Longer stems are tried first, since a short stem matches by accident more easily.
    private static bool TryAffixes(Span<char> skeleton, ReadOnlySpan<int> ambiguous, DoChashmiLexicon lexicon, bool curated, out int mask)
    {
        ReadOnlySpan<string> suffixes = DoChashmiLexicon.Suffixes;
        ReadOnlySpan<string> prefixes = DoChashmiLexicon.Prefixes;
        for (int s = 0; s < suffixes.Length; s++)
        {
            if (skeleton.EndsWith(suffixes[s])
                && TryLookup(skeleton, 0, skeleton.Length - suffixes[s].Length, ambiguous, lexicon, curated, out mask))
            {
                return true;
            }
        }

        for (int p = 0; p < prefixes.Length; p++)
        {
            if (!skeleton.StartsWith(prefixes[p]))
            {
                continue;
            }

            int start = prefixes[p].Length;
            if (TryLookup(skeleton, start, skeleton.Length, ambiguous, lexicon, curated, out mask))
            {
                return true;
            }

            for (int s = 0; s < suffixes.Length; s++)
            {
                if (skeleton.EndsWith(suffixes[s])
                    && TryLookup(skeleton, start, skeleton.Length - suffixes[s].Length, ambiguous, lexicon, curated, out mask))
                {
                    return true;
                }
            }
        }

        mask = 0;
        return false;
    }

    // Two words written without a space (کہاہے، کےساتھ، اورپھر): when every ambiguous heh lies in one part, that part
    // (three letters or more, so that کہ or تھ alone never decides) is a curated word, and the other part is a frequent
    // function word, the part decides. Without the function-word condition, a listed word inside an unknown one
    // (بہکا in بھکاری، رکھ in مبارکہ) decided wrongly more often than not.
    private static bool TryCompound(Span<char> skeleton, ReadOnlySpan<int> ambiguous, DoChashmiLexicon lexicon, out int mask)
    {
        const int MinPart = 3;

        // Only splits whose function-word side is no longer than the longest function word can match.
        int maxOther = Math.Min(lexicon.MaxFunctionWordLength, skeleton.Length - MinPart);
        for (int other = 1; other <= maxOther; other++)
        {
            int split = skeleton.Length - other;
            if (lexicon.IsFunctionWord(skeleton[split..])
                && TryLookup(skeleton, 0, split, ambiguous, lexicon, curated: true, out mask))
            {
                return true;
            }

            if (lexicon.IsFunctionWord(skeleton[..other])
                && TryLookup(skeleton, other, skeleton.Length, ambiguous, lexicon, curated: true, out mask))
            {
                return true;
            }
        }

        mask = 0;
        return false;
    }

    // Enumerates the readings of skeleton[start..end]. Curated: the listed reading with the highest priority wins.
    // Word list: it only settles the word when exactly one reading is in it (it holds misspellings such as بھت too).
    private static bool TryLookup(Span<char> skeleton, int start, int end, ReadOnlySpan<int> ambiguous, DoChashmiLexicon lexicon, bool curated, out int mask)
    {
        mask = 0;

        // The stem must hold every ambiguous heh and the consonant before it, or its reading says nothing about them.
        if (end - start < 2 || ambiguous[0] <= start || ambiguous[^1] >= end)
        {
            return false;
        }

        ReadOnlySpan<char> stem = skeleton[start..end];
        int best = 0;
        int hits = 0;
        int combinations = 1 << ambiguous.Length;
        for (int m = 0; m < combinations; m++)
        {
            for (int j = 0; j < ambiguous.Length; j++)
            {
                skeleton[ambiguous[j]] = (m & (1 << j)) != 0 ? DoChashmiHeh : HehGoal;
            }

            if (curated)
            {
                int priority = lexicon.CuratedPriority(stem);
                if (priority > best)
                {
                    best = priority;
                    mask = m;
                }
            }
            else if (lexicon.InWordList(stem))
            {
                hits++;
                mask = m;
            }
        }

        return curated ? best > 0 : hits == 1;
    }

    private static int DefaultMask(ReadOnlySpan<char> skeleton, ReadOnlySpan<int> ambiguous)
    {
        int mask = 0;
        for (int j = 0; j < ambiguous.Length; j++)
        {
            int at = ambiguous[j];
            if (DefaultIsDoChashmi(skeleton[at - 1], at + 1 < skeleton.Length ? skeleton[at + 1] : '\0'))
            {
                mask |= 1 << j;
            }
        }

        return mask;
    }

    /// <summary>
    /// The default rule: for each consonant, position and following letter, the class most words of the
    /// tesseract-ocr-urd list use (docs/do-chashmi.md). Inside a word, heh after ر ل م ن is mostly ہ (رہنا، لہر،
    /// مہینہ، نہیں), after پ before a consonant mostly ہ (پہلے، پہنچ), and otherwise mostly ھ (بھی، تھا، کھیل); at the
    /// end of a word it is mostly ہ (درجہ، فیصلہ، زیادہ) except after ٹ and ڑ (اٹھ، بیٹھ، پڑھ، بڑھ). The curated lists
    /// settle the frequent exceptions (بہت، کہا، ساتھ، کچھ).
    /// </summary>
    /// <param name="consonant">The aspirable consonant before the heh.</param>
    /// <param name="next">The letter after the heh, or <c>'\0'</c> at the end of the word.</param>
    /// <returns>Whether the heh defaults to ھ.</returns>
    internal static bool DefaultIsDoChashmi(char consonant, char next)
    {
        if (next == '\0')
        {
            return consonant is '\u0679' or '\u0691'; // ٹ TTEH, ڑ RREH
        }

        return consonant switch
        {
            '\u0631' or '\u0644' or '\u0645' or '\u0646' => false, // ر REH, ل LAM, م MEEM, ن NOON
            '\u067E' => IsVowelLetter(next), // پ PEH
            _ => true,
        };
    }

    /// <summary>Letters that write a vowel (or a nasal vowel) after a consonant: ا آ و ؤ ی ے ئ ں.</summary>
    /// <param name="c">The letter after a heh.</param>
    /// <returns>Whether it writes a vowel.</returns>
    internal static bool IsVowelLetter(char c)
        => c is '\u0627' or '\u0622' or '\u0648' or '\u0624' or '\u06CC' or '\u06D2' or '\u0626' or '\u06BA';

    // Only reached for words with more than MaxLookupLength letters or MaxAmbiguous ambiguous hehs, which no list holds.
    private static void ResolveByDefaultRule(Span<char> word)
    {
        char previous = '\0';
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (IsSkipped(c))
            {
                continue;
            }

            if (c == ArabicHeh)
            {
                c = IsAspirable(previous) && DefaultIsDoChashmi(previous, NextLetter(word, i)) ? DoChashmiHeh : HehGoal;
                word[i] = c;
            }

            previous = c;
        }
    }

    private static char NextLetter(ReadOnlySpan<char> word, int index)
    {
        for (int j = index + 1; j < word.Length; j++)
        {
            if (!IsSkipped(word[j]))
            {
                return word[j];
            }
        }

        return '\0';
    }

    // Marks (and a stray tatweel) sit between letters without changing which letter a heh follows.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSkipped(char c) => CharClasses.Of(c) is CharClass.CombiningMark or CharClass.Tatweel;

    /// <summary>The consonants that take aspiration in Urdu: ب پ ت ٹ ج چ د ڈ ر ڑ ک گ ل م ن.</summary>
    /// <param name="c">A letter, already in its Urdu form.</param>
    /// <returns>Whether a heh after <paramref name="c"/> may be do-chashmi.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsAspirable(char c) => c switch
    {
        '\u0628' // ب BEH
        or '\u067E' // پ PEH
        or '\u062A' // ت TEH
        or '\u0679' // ٹ TTEH
        or '\u062C' // ج JEEM
        or '\u0686' // چ TCHEH
        or '\u062F' // د DAL
        or '\u0688' // ڈ DDAL
        or '\u0631' // ر REH
        or '\u0691' // ڑ RREH
        or '\u06A9' // ک KEHEH
        or '\u06AF' // گ GAF
        or '\u0644' // ل LAM
        or '\u0645' // م MEEM
        or '\u0646' => true, // ن NOON
        _ => false,
    };
}

/// <summary>Which evidence decided a word's ambiguous hehs (reported by the accuracy measurement).</summary>
internal enum DoChashmiEvidence
{
    /// <summary>The word has no heh after an aspirable consonant.</summary>
    None,
    /// <summary>The whole word is in the curated lists.</summary>
    Curated,
    /// <summary>The word minus a suffix and/or prefix is in the curated lists.</summary>
    CuratedStem,
    /// <summary>The word is a curated word and a frequent function word written without a space between them.</summary>
    CuratedCompound,
    /// <summary>Exactly one reading of the whole word is in the tesseract-ocr-urd list.</summary>
    WordList,
    /// <summary>Exactly one reading of the word minus an affix is in the tesseract-ocr-urd list.</summary>
    WordListStem,
    /// <summary>The per-consonant default rule.</summary>
    DefaultRule,
}
