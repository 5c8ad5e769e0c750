using System.Threading;
using UrduText.Internal;

namespace UrduText;

/// <summary>
/// The Readable scheme: gazetteer longest match over word runs (exact, then consonant-skeleton keys), acronyms from runs of
/// English letter names, ODNI name rules, and the joint-sequence model for everything else.
/// </summary>
internal sealed class ReadableEngine
{
    const int MaxWindow = 10;

    /// <summary>
    /// How many unknown words in a row may continue a name (capitalized: <c>عمران نیازی</c> → Imran Niazi). Bounded so
    /// that a run of unknown words cannot make one name of a whole paragraph, and so that a call that runs out of
    /// destination always finds a recent place to stop.
    /// </summary>
    const int MaxNameContinuation = 3;
    const int MaxWordLength = 64;
    const int NormalizedWindowLength = 512;

    readonly Lazy<Gazetteer> _gazetteer;
    readonly Lazy<TransliterationModel> _model;
    readonly bool _ownGazetteer;
    readonly ReadableObserver? _observer;
    WordMemo? _ownWords;

    /// <summary>Creates an engine with the user's names, a model (null: the built-in one) and an observer (null in normal use).</summary>
    public ReadableEngine(IReadOnlyList<(string Urdu, string Latin)> user, TransliterationModel? model, ReadableObserver? observer)
    {
        _gazetteer = user.Count == 0
            ? new Lazy<Gazetteer>(() => Gazetteer.BuiltIn)
            : new Lazy<Gazetteer>(() => Gazetteer.Build(Gazetteer.LoadEmbedded(), user), LazyThreadSafetyMode.ExecutionAndPublication);
        _model = model is null ? new Lazy<TransliterationModel>(() => TransliterationModel.BuiltIn) : new Lazy<TransliterationModel>(model);
        _ownGazetteer = user.Count > 0;
        _observer = observer;
    }

    /// <summary>
    /// The memo of whole-word outputs: for a word no neighbour can change except through the checks of
    /// <see cref="NextMayJoin"/>, its output after a flag and two masks (see <see cref="OutputAt"/>). Shared by every
    /// engine with the same model and the built-in gazetteer; an engine with names of its own keeps its own (created on
    /// first use).
    /// </summary>
    WordMemo Words => _ownGazetteer ? LazyInitializer.EnsureInitialized(ref _ownWords) : Model.ReadableWords;

    /// <summary>
    /// A <see cref="Words"/> value: a flag (the word went to the model as a word of its own), the letters that may continue
    /// an exact key the word starts and the consonants that may continue a skeleton key (<see cref="Gazetteer.NextBit"/>
    /// masks, four characters each), then the output.
    /// </summary>
    const int ExactNextAt = 1, SkeletonNextAt = 5, OutputAt = 9;

    static void PutMask(Span<char> value, int at, ulong mask)
    {
        for (int k = 0; k < 4; k++)
        {
            value[at + k] = (char)(mask >> (16 * k));
        }
    }

    static ulong GetMask(ReadOnlySpan<char> value, int at) =>
        value[at] | ((ulong)value[at + 1] << 16) | ((ulong)value[at + 2] << 32) | ((ulong)value[at + 3] << 48);

    public Gazetteer Gazetteer => _gazetteer.Value;

    /// <summary>The lexicon and statistical model (the built-in one unless the transliterator was given another).</summary>
    public TransliterationModel Model => _model.Value;

    /// <summary>Upper bound of output per input character.</summary>
    /// <remarks>
    /// Per source character: a presentation form can stand for up to four letters (ﷲ); a letter writes at most one model
    /// unit, or its gazetteer or lexicon spelling; an izafat adds "-e".
    /// </remarks>
    public int MaxExpansion => (Math.Max(JointSequenceModel.MaxUnitLength, Math.Max(Gazetteer.MaxExpansion, Model.LexiconExpansion)) + 2)
        * WordNormalizer.MaxGrowth;

    static bool IsWordPart(CharClass cls) => CharClasses.IsArabicScriptLetter(cls) || cls == CharClass.CombiningMark || IsInWordInvisible(cls);

    /// <summary>
    /// Kashida and every format character (<see cref="CharPredicates.IsFormat"/>: the word joiners, bidi marks, ZWSP, BOM,
    /// soft hyphen, …): inside a word they belong to it. ZWSP included, unlike the tokenizer: the word is read as
    /// normalization leaves it (see <see cref="CharPredicates"/>).
    /// </summary>
    internal static bool IsInWordInvisible(CharClass cls) => cls == CharClass.Tatweel || CharPredicates.IsFormat(cls);

    static bool IsWordStart(char c) => CharClasses.IsArabicScriptLetter(CharClasses.Of(c));

    /// <summary>
    /// Characters read as if absent before a word or between the words of a name, as normalization (D5, S3) removes most
    /// of them: the <see cref="CharClass.Format"/> class (bidi marks, ZWSP, BOM, soft hyphen, and the few format characters
    /// D5 keeps), ZWNJ and kashida. Inside or after a word they belong to it. ZWJ is not one of them: it joins emoji.
    /// </summary>
    internal static bool IsInvisible(char c) => CharClasses.Of(c) is CharClass.Format or CharClass.ZeroWidthNonJoiner or CharClass.Tatweel;

    /// <summary>True when <paramref name="i"/> starts a run of invisible characters that ends at a word.</summary>
    internal static bool IsBeforeWord(scoped ReadOnlySpan<char> source, int i)
    {
        while (i < source.Length && IsInvisible(source[i]))
        {
            i++;
        }

        return i < source.Length && IsWordStart(source[i]);
    }

    /// <summary>Transliterates <paramref name="source"/>; on overflow stops before the unit that did not fit.</summary>
    public void Run(scoped ReadOnlySpan<char> source, ref OutputWriter writer, out int consumed)
    {
        Gazetteer g = Gazetteer;
        Span<int> starts = stackalloc int[MaxWindow];
        Span<int> ends = stackalloc int[MaxWindow];
        Span<int> normalStarts = stackalloc int[MaxWindow];
        Span<int> normalEnds = stackalloc int[MaxWindow];
        Span<char> normalized = stackalloc char[NormalizedWindowLength];
        int i = 0;
        int lastWordEnd = -1;
        bool lastIsName = false;
        int nameRun = 0; // model words written in a row as the continuation of a name

        // The latest position where a resumed call (which sees no text before it) decides exactly as this pass does,
        // and the output written before it. Stopping anywhere else could change how a کے-initial acronym run is read.
        int safeStart = 0;
        int safeMark = writer.Written;
        WordMemo? words = _observer is null ? Words : null; // an observer sees every word
        Span<char> memoValue = stackalloc char[WordMemo.MaxValue];
        while (i < source.Length)
        {
            int mark = writer.Written;
            char c = source[i];
            if (!IsWordStart(c))
            {
                if (IsInvisible(c) && IsBeforeWord(source, i))
                {
                    i++; // normalized away, like the same character inside the word
                    continue;
                }

                int width = SchemeTables.WritePassThrough(source, i, ref writer);
                if (writer.Overflow)
                {
                    StopAt(source, i, lastWordEnd, lastIsName, mark, safeStart, safeMark, g, ref writer, out consumed);
                    return;
                }

                i += width;
                continue;
            }

            bool afterWord = lastWordEnd >= 0 && IsOnlySpaces(source[lastWordEnd..i]);
            bool inName = afterWord && lastIsName && nameRun < MaxNameContinuation;
            int wordEnd = WordEnd(source, i);
            int memoLength = words is null ? -1 : words.TryGet(source[i..wordEnd], memoValue);
            if (memoLength >= OutputAt
                && !NextMayJoin(source, i, wordEnd, GetMask(memoValue, ExactNextAt), GetMask(memoValue, SkeletonNextAt), g))
            {
                // A word read on its own before: the same output, capitalized when it is a model word that continues a name.
                writer.ContinuedName = false;
                writer.Write(memoValue[OutputAt..memoLength]);
                if (writer.Overflow)
                {
                    StopAt(source, i, lastWordEnd, lastIsName && nameRun < MaxNameContinuation, mark, safeStart, safeMark, g, ref writer, out consumed);
                    return;
                }

                if (inName && memoValue[0] != '\0')
                {
                    Span<char> written = writer.WrittenSpan;
                    written[mark] = char.ToUpperInvariant(written[mark]);
                    writer.ContinuedName = true;
                }
                else
                {
                    safeStart = i;
                    safeMark = mark;
                }

                nameRun = writer.ContinuedName ? nameRun + 1 : 0;
                i = wordEnd;
                lastWordEnd = i;
                lastIsName = writer.Written > mark && char.IsUpper(writer.WrittenSpan[mark]);
                continue;
            }

            int count = CollectWindow(source, i, starts, ends);

            // Step 1: the words are read in their normalized form; positions stay the source's (word k is word k).
            bool isNormalized = NormalizeWindow(source, starts, ends, ref count, normalized, normalStarts, normalEnds, g);
            ReadOnlySpan<char> text = isNormalized ? normalized : source;
            ReadOnlySpan<int> textStarts = isNormalized ? normalStarts[..count] : starts[..count];
            ReadOnlySpan<int> textEnds = isNormalized ? normalEnds[..count] : ends[..count];
            bool depends = DependsOnPrecedingWord(text, textStarts, textEnds, afterWord, g);
            writer.ContinuedName = false;
            writer.ModelWord = false;
            int used = WriteWords(text, textStarts, textEnds, afterWord, inName, g, ref writer, out bool alone, out ulong exactNext, out ulong skeletonNext);
            if (writer.Overflow)
            {
                StopAt(source, i, lastWordEnd, lastIsName && nameRun < MaxNameContinuation, mark, safeStart, safeMark, g, ref writer, out consumed);
                return;
            }

            if (words is not null && alone && !(inName && writer.ModelWord) && writer.Written - mark <= memoValue.Length - OutputAt
                && WordNormalizer.IsClean(source[i..wordEnd]))
            {
                // Stored lower case: a model word that continues a name is capitalized on use, as WriteSingle does. Clean
                // words only, so that the source word is the word the masks were computed on.
                memoValue[0] = writer.ModelWord ? '\u0001' : '\0';
                PutMask(memoValue, ExactNextAt, exactNext);
                PutMask(memoValue, SkeletonNextAt, skeletonNext);
                writer.WrittenSpan[mark..].CopyTo(memoValue[OutputAt..]);
                words.Set(source[i..wordEnd], memoValue[..(writer.Written - mark + OutputAt)]);
            }

            if (!depends && !writer.ContinuedName)
            {
                // Written exactly as a call starting here would write it: a place to stop if a later unit does not fit.
                safeStart = i;
                safeMark = mark;
            }

            nameRun = writer.ContinuedName ? nameRun + 1 : 0;
            i = ends[used - 1];
            lastWordEnd = i;
            lastIsName = writer.Written > mark && char.IsUpper(writer.WrittenSpan[mark]);
        }

        consumed = i;
    }

    /// <summary>
    /// Ends a call on overflow: at <paramref name="i"/> when a resumed call starting there decides the same way, else at
    /// the last safe word start (so that the word a کے-initial acronym run follows is seen again).
    /// </summary>
    static void StopAt(scoped ReadOnlySpan<char> source, int i, int lastWordEnd, bool lastIsName, int mark, int safeStart, int safeMark, Gazetteer g,
        ref OutputWriter writer, out int consumed)
    {
        int next = i;
        while (next < source.Length && (source[next] is ' ' or '\u00A0' || IsInvisible(source[next])))
        {
            next++;
        }

        bool unsafeHere = false;
        if (next < source.Length && IsWordStart(source[next]) && lastWordEnd >= 0 && IsOnlySpaces(source[lastWordEnd..next]))
        {
            Span<int> starts = stackalloc int[MaxWindow];
            Span<int> ends = stackalloc int[MaxWindow];
            Span<int> normalStarts = stackalloc int[MaxWindow];
            Span<int> normalEnds = stackalloc int[MaxWindow];
            Span<char> normalized = stackalloc char[NormalizedWindowLength];
            int count = CollectWindow(source, next, starts, ends);
            // A word after a name may be read as part of it (capitalized), which a resumed call would not know.
            unsafeHere = lastIsName || (NormalizeWindow(source, starts, ends, ref count, normalized, normalStarts, normalEnds, g)
                ? DependsOnPrecedingWord(normalized, normalStarts[..count], normalEnds[..count], afterWord: true, g)
                : DependsOnPrecedingWord(source, starts[..count], ends[..count], afterWord: true, g));
        }

        if (unsafeHere && safeStart < i)
        {
            writer.Rewind(safeMark);
            consumed = safeStart;
        }
        else
        {
            writer.Rewind(mark);
            consumed = i;
        }

        writer.Overflow = true;
    }

    /// <summary>
    /// Normalizes the words of a window into <paramref name="buffer"/>, one space between them, and returns true; returns
    /// false (nothing copied) when every word is already clean. A window that does not fit is cut before the first word
    /// that does not fit; a first word too long for the buffer is read as it is. Both depend only on the window's text,
    /// so every call that sees the window decides the same way.
    /// </summary>
    static bool NormalizeWindow(scoped ReadOnlySpan<char> source, scoped ReadOnlySpan<int> starts, scoped ReadOnlySpan<int> ends, ref int count,
        Span<char> buffer, Span<int> normalStarts, Span<int> normalEnds, Gazetteer g)
    {
        int t = 0;
        while (t < count && WordNormalizer.IsClean(source[starts[t]..ends[t]]))
        {
            t++;
        }

        if (t == count)
        {
            return false;
        }

        int firstDirty = t; // the words before it were just found clean: copied, not normalized
        int w = 0;
        for (t = 0; t < count; t++)
        {
            ReadOnlySpan<char> word = source[starts[t]..ends[t]];
            int gap = t == 0 ? 0 : 1;
            int n = w + gap >= buffer.Length ? -1
                : t < firstDirty || WordNormalizer.IsClean(word) ? (word.TryCopyTo(buffer[(w + gap)..]) ? word.Length : -1)
                : WordNormalizer.Normalize(word, buffer[(w + gap)..], g);
            if (n < 0)
            {
                if (t == 0)
                {
                    count = 1;
                    return false;
                }

                count = t;
                break;
            }

            if (gap == 1)
            {
                buffer[w++] = ' ';
            }

            if (n == 0)
            {
                // Nothing left after normalizing (cannot happen for a word that starts with a letter, but never lose text).
                if (!word.TryCopyTo(buffer[w..]))
                {
                    count = t == 0 ? 1 : t;
                    return t > 0;
                }

                n = word.Length;
            }

            normalStarts[t] = w;
            normalEnds[t] = w + n;
            w += n;
        }

        return true;
    }

    /// <summary>True when the window is read differently with and without a word right before it (اس کے سی ای او).</summary>
    static bool DependsOnPrecedingWord(ReadOnlySpan<char> source, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, bool afterWord, Gazetteer g)
    {
        if (!afterWord || starts.Length < 3)
        {
            return false;
        }

        int withWord = AcronymRun(source, starts, ends, afterWord: true, g, out int startWith);
        int without = AcronymRun(source, starts, ends, afterWord: false, g, out int startWithout);
        return withWord != without || startWith != startWithout;
    }

    static bool IsOnlySpaces(ReadOnlySpan<char> gap)
    {
        foreach (char c in gap)
        {
            if (c != ' ' && c != '\u00A0' && !IsInvisible(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The end of the word that starts at <paramref name="start"/>.</summary>
    static int WordEnd(ReadOnlySpan<char> source, int start)
    {
        int i = start;
        while (i < source.Length && IsWordPart(CharClasses.Of(source[i])))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// True when the word after the memoized word <c>source[start..wordEnd]</c> could change how it is read: the next word
    /// may be الدین, اللہ or an ال… name part (a name rule reads the two together: صلاح الدین → Salahuddin), or it may
    /// continue an exact or fuzzy gazetteer key the word starts (the masks say which letters could; the full checks are
    /// the ones <see cref="WriteWords"/> makes for its second word). Any doubt (a word to normalize first) says true.
    /// </summary>
    static bool NextMayJoin(ReadOnlySpan<char> source, int start, int wordEnd, ulong exactNext, ulong skeletonNext, Gazetteer g)
    {
        int j = wordEnd;
        while (j < source.Length && (source[j] is ' ' or '\u00A0' || IsInvisible(source[j])))
        {
            j++;
        }

        if (j >= source.Length || !IsWordStart(source[j]))
        {
            return false;
        }

        ReadOnlySpan<char> next = source[j..WordEnd(source, j)];
        char first = TranslitLetters.Fold(next[0]);
        bool mayBeArticle = CharClasses.Of(next[0]) != CharClass.UrduLetter || first == '\u0627' || first == TranslitLetters.Drop;
        if (!mayBeArticle && exactNext == 0 && skeletonNext == 0)
        {
            return false;
        }

        if (next.Length > MaxWordLength || !WordNormalizer.IsClean(next))
        {
            return true;
        }

        ReadOnlySpan<char> word = source[start..wordEnd];
        Span<char> key = stackalloc char[2 * MaxWordLength];
        int k0 = Gazetteer.FoldKey(word, key);
        int k1 = Gazetteer.FoldKey(next, key[k0..]);
        ReadOnlySpan<char> nextKey = key.Slice(k0, k1);
        if (k1 == 0 || (mayBeArticle && nextKey.StartsWith(NameRules.Al))
            || ((exactNext & Gazetteer.NextBit(nextKey[0])) != 0 && g.HasExactPrefix(key[..(k0 + k1)])))
        {
            return true;
        }

        if (skeletonNext != 0)
        {
            Span<char> skel = stackalloc char[2 * MaxWordLength];
            int s0 = Gazetteer.SkeletonKey(word, skel);
            int s1 = Gazetteer.SkeletonKey(next, skel[s0..]);
            return s1 == 0
                || ((skeletonNext & Gazetteer.NextBit(skel[s0])) != 0 && g.Exact(nextKey) is not { Type: GazetteerEntryType.Word }
                    && g.HasSkeletonPrefix(skel[..(s0 + s1)]));
        }

        return false;
    }

    /// <summary>Finds up to <see cref="MaxWindow"/> words starting at <paramref name="start"/>, separated by spaces only.</summary>
    static int CollectWindow(ReadOnlySpan<char> source, int start, Span<int> starts, Span<int> ends)
    {
        int count = 0;
        int i = start;
        while (count < MaxWindow)
        {
            int s = i;
            i = WordEnd(source, i);
            starts[count] = s;
            ends[count] = i;
            count++;
            // One or two spaces, with any invisible characters around them (a bidi mark before the next word).
            int gap = i, spaces = 0;
            while (gap < source.Length && (source[gap] == ' ' ? ++spaces <= 2 : IsInvisible(source[gap])))
            {
                gap++;
            }

            if (spaces == 0 || gap >= source.Length || !IsWordStart(source[gap]))
            {
                break;
            }

            i = gap;
        }

        return count;
    }

    /// <summary>Writes the output for the first one or more words of the window; returns how many words it covered.</summary>
    /// <remarks>
    /// <paramref name="afterName"/>: the word before the window was written as a name, so an unknown first word continues it.
    /// <paramref name="alone"/>: the first word was written by itself and is not a letter name; then
    /// <paramref name="exactNext"/> and <paramref name="skeletonNext"/> are the <see cref="Gazetteer.NextBit"/> masks of what
    /// could continue the exact and skeleton keys it starts (0: nothing can). With those checked against the next word
    /// (<see cref="NextMayJoin"/>), the engine may reuse the word's output.
    /// </remarks>
    int WriteWords(scoped ReadOnlySpan<char> source, scoped ReadOnlySpan<int> starts, scoped ReadOnlySpan<int> ends, bool afterWord, bool afterName,
        Gazetteer g, ref OutputWriter writer, out bool alone, out ulong exactNext, out ulong skeletonNext)
    {
        alone = false;
        exactNext = skeletonNext = 0;
        Span<char> key = stackalloc char[Gazetteer.MaxKeyLengthForLookup];
        Span<char> skel = stackalloc char[Gazetteer.MaxKeyLengthForLookup];
        int keyLength = 0, skelLength = 0;
        bool exactOpen = true, skelOpen = true;
        GazetteerEntry? best = null;
        int bestTokens = 0;
        GazetteerEntry? singleExact = null, singleSkeleton = null;
        bool sawCommonWord = false;
        bool firstAlone = true;
        int maxTokens = Math.Min(starts.Length, g.MaxTokens);
        for (int t = 0; t < maxTokens && (exactOpen || skelOpen); t++)
        {
            ReadOnlySpan<char> word = source[starts[t]..ends[t]];
            int folded = Gazetteer.FoldKey(word, key[keyLength..]);
            if (folded == 0)
            {
                break;
            }

            keyLength += folded;
            if (g.Exact(key[(keyLength - folded)..keyLength]) is { Type: GazetteerEntryType.Word })
            {
                // A fuzzy match must not swallow a common word: کم جونگ نے is not کم جونگ ان, کو پوتن is not کیپ ٹاؤن.
                sawCommonWord = true;
            }

            if (exactOpen)
            {
                if (!g.HasExactPrefix(key[..keyLength]))
                {
                    exactOpen = false;
                }
                else if (g.Exact(key[..keyLength]) is { } e)
                {
                    if (t == 0)
                    {
                        singleExact = e;
                    }
                    else if (t + 1 > bestTokens)
                    {
                        best = e;
                        bestTokens = t + 1;
                    }
                }
            }

            if (skelOpen)
            {
                int n = Gazetteer.SkeletonKey(word, skel[skelLength..]);
                if (n == 0 && word.Length > 0 && skelLength + 8 >= skel.Length)
                {
                    skelOpen = false;
                }
                else
                {
                    skelLength += n;
                    if (skelLength > 0 && !g.HasSkeletonPrefix(skel[..skelLength]))
                    {
                        skelOpen = false;
                    }
                    else if (skelLength >= Gazetteer.MinSkeletonLength && !sawCommonWord && g.Skeleton(skel[..skelLength]) is { } e
                        && Gazetteer.IsCloseVariant(key[..keyLength], e.Key))
                    {
                        if (t == 0)
                        {
                            singleSkeleton = e;
                        }
                        else if (t + 1 > bestTokens)
                        {
                            best = e;
                            bestTokens = t + 1;
                        }
                    }
                }
            }

            if (t == 0)
            {
                firstAlone = g.Letter(key[..keyLength]) is null; // else an acronym may start here
                exactNext = g.LongerExactKeys(key[..keyLength]);
                // A skeleton the search still follows: what may continue it (anything, when the word has no consonant). Never
                // 0 then, so that a next word without consonants, which would leave the skeleton as it is, is checked too.
                skeletonNext = !skelOpen || sawCommonWord ? 0
                    : skelLength == 0 ? ulong.MaxValue : g.LongerSkeletonKeys(skel[..skelLength]) | 1UL << 63;
            }
        }

        int acronym = AcronymRun(source, starts, ends, afterWord, g, out int acronymStart);
        if (acronym >= 2 && acronym > bestTokens)
        {
            if (acronymStart == 1)
            {
                // The leading کے is the postposition; write it, then the acronym starts at the next word.
                WriteSingle(source[starts[0]..ends[0]], g, ref writer);
                return 1;
            }

            for (int t = 0; t < acronym; t++)
            {
                int n = Gazetteer.FoldKey(source[starts[t]..ends[t]], key);
                writer.Write(g.Letter(key[..n]));
            }

            _observer?.OnSource(TransliterationSource.Rule);
            return acronym;
        }

        if (best is not null)
        {
            writer.Write(best.Latin);
            _observer?.OnSource(best.Type == GazetteerEntryType.User ? TransliterationSource.User : TransliterationSource.Gazetteer);
            return bestTokens;
        }

        // Names joined to a following الدین / اللہ (صلاح الدین → Salahuddin, حبیب اللہ → Habibullah), عبد + ال… , and
        // X + ال… (انعام الحق → Inam-ul-Haq, ضیاء الرحمان → Zia-ur-Rehman). A first word that is also a common word (نظام,
        // کمال) still starts such a name, except the short function words (کہ اللہ is not a name).
        bool firstIsWord = singleExact is { Type: GazetteerEntryType.Word or GazetteerEntryType.Loanword };
        if (starts.Length >= 2 && (singleExact is null || singleExact.Type == GazetteerEntryType.Name || firstIsWord))
        {
            ReadOnlySpan<char> next = source[starts[1]..ends[1]];
            int n = Gazetteer.FoldKey(next, key);
            ReadOnlySpan<char> nextKey = key[..n];
            ReadOnlySpan<char> first = source[starts[0]..ends[0]];
            int fn = Gazetteer.FoldKey(first, skel);
            bool isDin = nextKey.SequenceEqual(NameRules.Din);
            bool longEnough = !firstIsWord || fn >= NameRules.MinCommonWordNameLength;
            if (skel[..fn].SequenceEqual(NameRules.Abd) && nextKey.StartsWith(NameRules.Al) && nextKey.Length > 2)
            {
                NameRules.WriteAbdul(nextKey[2..], this, g, ref writer);
                return 2;
            }

            if (isDin && longEnough || nextKey.SequenceEqual(NameRules.Allah) && !firstIsWord)
            {
                WriteSingleCapitalized(first, g, ref writer);
                writer.Write(isDin ? "uddin" : "ullah");
                return 2;
            }

            if (longEnough && fn > 0 && NameRules.IsArticleName(nextKey) && g.Exact(nextKey) is null)
            {
                WriteSingleCapitalized(first, g, ref writer);
                NameRules.WriteArticle(nextKey[2..], this, g, ref writer);
                return 2;
            }
        }

        WriteSingle(source[starts[0]..ends[0]], g, ref writer, singleExact, singleSkeleton, afterName);
        alone = firstAlone;
        return 1;
    }

    /// <summary>Writes one word as the first part of a name: capitalized even when it is also a common word.</summary>
    void WriteSingleCapitalized(scoped ReadOnlySpan<char> word, Gazetteer g, ref OutputWriter writer)
    {
        int mark = writer.Written;
        WriteSingle(word, g, ref writer);
        if (!writer.Overflow && writer.Written > mark)
        {
            Span<char> written = writer.WrittenSpan;
            written[mark] = char.ToUpperInvariant(written[mark]);
        }
    }

    /// <summary>Length of the run of letter names at the start of the window (0 if under two), after trimming postpositions.</summary>
    static int AcronymRun(ReadOnlySpan<char> source, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, bool afterWord, Gazetteer g, out int runStart)
    {
        Span<char> key = stackalloc char[MaxWordLength];
        int run = 0;
        bool startsWithKe = false, endsWithKe = false;
        for (int t = 0; t < starts.Length; t++)
        {
            int n = Gazetteer.FoldKey(source[starts[t]..ends[t]], key);
            if (n == 0 || g.Letter(key[..n]) is null)
            {
                break;
            }

            bool ke = key[..n].SequenceEqual(NameRules.Ke);
            if (t == 0)
            {
                startsWithKe = ke;
            }

            endsWithKe = ke;
            run++;
        }

        runStart = 0;
        if (run >= 3 && endsWithKe)
        {
            run--; // بی بی سی کے مطابق: the last کے is the postposition
        }

        if (run >= 3 && startsWithKe && afterWord)
        {
            runStart = 1; // اس کے سی ای او: the first کے belongs to the word before
        }

        return run - runStart >= 2 ? run : 0;
    }

    /// <summary>
    /// Writes one word: the gazetteer, the model's lexicon, the fuzzy gazetteer, name rules, joined words, then the
    /// statistical model.
    /// </summary>
    internal void WriteSingle(scoped ReadOnlySpan<char> word, Gazetteer g, ref OutputWriter writer, GazetteerEntry? exact = null,
        GazetteerEntry? skeleton = null, bool inName = false)
    {
        Span<char> key = stackalloc char[MaxWordLength];
        int n = Gazetteer.FoldKey(word, key);
        if (n == 0)
        {
            if (!HasModelLetter(word))
            {
                // Nothing the key keeps (a stray mark, tatweel, ZWNJ): the characters pass through.
                writer.Write(word);
            }
            else
            {
                WriteModel(word, inName, ref writer); // longer than any key: only the model reads it
                writer.ContinuedName |= inName;
                writer.ModelWord = true;
            }

            return;
        }

        bool izafat = word[^1] is '\u0650' or '\u06C2'; // a final zer or he-with-hamza joins this word to the next: Koh-e Nur
        exact ??= g.Exact(key[..n]);
        string? known = exact is null ? Model.Lookup(key[..n]) : null;
        int joined;
        if (known is not null)
        {
            writer.Write(known);
            _observer?.OnSource(TransliterationSource.Lexicon);
        }
        else if (exact is not null)
        {
            writer.Write(exact.Latin);
            _observer?.OnSource(exact.Type == GazetteerEntryType.User ? TransliterationSource.User : TransliterationSource.Gazetteer);
        }
        else if (skeleton is not null || (skeleton = SkeletonOf(word, g)) is not null)
        {
            writer.Write(skeleton.Latin);
            _observer?.OnSource(skeleton.Type == GazetteerEntryType.User ? TransliterationSource.User : TransliterationSource.Gazetteer);
        }
        else if (NameRules.TryWrite(key[..n], this, g, ref writer))
        {
            _observer?.OnSource(TransliterationSource.Rule);
        }
        else if (!izafat && (joined = JoinedWords.Split(key[..n], this, g)) > 0)
        {
            WriteKnownOrModel(key[..joined], g, ref writer);
            writer.Write(' ');
            WriteKnownOrModel(key[joined..n], g, ref writer);
            _observer?.OnSource(TransliterationSource.Rule);
        }
        else
        {
            WriteModel(izafat ? word[..^1] : word, inName, ref writer);
            writer.ContinuedName |= inName;
            writer.ModelWord = true;
        }

        if (izafat)
        {
            writer.Write("-e");
        }
    }

    /// <summary>The spelling of a word the engine knows: a gazetteer common word or loanword, or the lexicon's; else null.</summary>
    internal string? KnownWord(scoped ReadOnlySpan<char> key, Gazetteer g) =>
        g.Exact(key) is { Type: GazetteerEntryType.Word or GazetteerEntryType.Loanword } e ? e.Latin : Model.Lookup(key);

    void WriteKnownOrModel(scoped ReadOnlySpan<char> key, Gazetteer g, ref OutputWriter writer)
    {
        if (KnownWord(key, g) is { } latin)
        {
            writer.Write(latin);
        }
        else
        {
            WriteModel(key, capitalize: false, ref writer);
        }
    }

    static bool HasModelLetter(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            char f = TranslitLetters.Fold(c);
            if (f != TranslitLetters.Drop && TranslitLetters.IsModelLetter(f))
            {
                return true;
            }
        }

        return false;
    }

    static GazetteerEntry? SkeletonOf(ReadOnlySpan<char> word, Gazetteer g)
    {
        Span<char> skel = stackalloc char[MaxWordLength];
        int n = Gazetteer.SkeletonKey(word, skel);
        if (n < Gazetteer.MinSkeletonLength || g.Skeleton(skel[..n]) is not { } entry)
        {
            return null;
        }

        int k = Gazetteer.FoldKey(word, skel);
        return Gazetteer.IsCloseVariant(skel[..k], entry.Key) ? entry : null;
    }

    /// <summary>Writes the key (folded letters) of a word part through gazetteer then model, capitalized.</summary>
    internal void WriteKeyCapitalized(scoped ReadOnlySpan<char> key, Gazetteer g, ref OutputWriter writer)
    {
        if (g.Exact(key) is { } e)
        {
            writer.WriteCapitalized(e.Latin);
            return;
        }

        WriteModel(key, capitalize: true, ref writer);
    }

    /// <summary>
    /// Writes the model's best spelling of <paramref name="word"/>: lower case (an unknown word is a word), capitalized
    /// when it continues a name (<paramref name="capitalize"/>: the word before it was written as a name).
    /// </summary>
    void WriteModel(scoped ReadOnlySpan<char> word, bool capitalize, ref OutputWriter writer)
    {
        if (_observer is not null)
        {
            _observer.OnModelWord(word);
            _observer.OnSource(TransliterationSource.Model);
        }
        int mark = writer.Written;
        if (!Model.Model.TryWrite(word, ref writer))
        {
            return; // overflow: the writer remembers it
        }

        if (writer.Written == mark)
        {
            writer.Write(word); // no letter the model knows: the word passes through rather than vanish
        }
        else if (capitalize)
        {
            Span<char> written = writer.WrittenSpan;
            written[mark] = char.ToUpperInvariant(written[mark]);
        }
    }
}
