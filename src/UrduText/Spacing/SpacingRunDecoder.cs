using System.Buffers;

namespace UrduText;

/// <summary>
/// Decodes one run of words (see <see cref="JoiningEditWalker"/>) for the repair that restores and removes spaces: a
/// Viterbi search over the run's <em>slots</em>, each a place where a piece of the reading may end. A slot is the
/// space between two words (kept: free; taken out: the join penalty) or a cut point inside a word (a space restored:
/// the split penalty). A piece is scored like a word of <see cref="UrduSpacingRepairer.Decide(ReadOnlySpan{char}, int, Span{int}, out int)"/>:
/// log P(piece | previous piece) when the lexicon knows it, the unknown-word score when it is one whole word as
/// written (the only way an unknown piece is allowed).
/// </summary>
/// <remarks>
/// Rules for a piece that takes out a space: its text (without the space) must be a word of the lexicon of at most
/// <see cref="UrduSpacingRepairer.MaxWordLength"/> chars. After a non-joining letter the space is simply removed (the
/// look does not change). After a joining letter the space becomes ZWNJ, and only between two parts that are both
/// words of the lexicon (a compound, <c>خوب صورت</c> → <c>خوب‌صورت</c>): written without it, the letters would join.
/// A model without word-pair counts (the core model) cannot tell a compound from a phrase: it takes out a space only
/// next to a word, as written, that its lexicon does not know (<c>مخصو ص</c>), and never writes ZWNJ. Words the model
/// protects (names) and words with ZWNJ are kept whole, with the spaces around them.
/// </remarks>
internal static class SpacingRunDecoder
{
    const byte StartSlot = 0;
    const byte SpaceSlot = 1;
    const byte CutSlot = 2;
    const byte EndSlot = 3;

    /// <summary>Slots a piece may span at most (a piece has at most 48 chars: far fewer slots than this).</summary>
    const int Window = 64;

    /// <summary>Writes the run's edits in text order to <paramref name="edits"/> and returns their count.</summary>
    internal static int Decode(UrduSpacingRepairer repairer, ReadOnlySpan<char> text, ReadOnlySpan<UrduToken> run, int context, Span<UrduSpacingEdit> edits, out int last)
    {
        UrduSpacingModel model = repairer.Model;
        int maxSlots = (run.Length * (UrduSpacingRepairer.MaxCuts + 1)) + 1;
        int[] positionsArray = ArrayPool<int>.Shared.Rent(maxSlots);
        byte[] kindsArray = ArrayPool<byte>.Shared.Rent(maxSlots);
        bool[] forcedArray = ArrayPool<bool>.Shared.Rent(maxSlots);
        int[] slotTokensArray = ArrayPool<int>.Shared.Rent(maxSlots);
        int[] slotStartsArray = ArrayPool<int>.Shared.Rent(run.Length + 1);
        int[] reachArray = ArrayPool<int>.Shared.Rent(maxSlots);
        int[] tokenIdsArray = ArrayPool<int>.Shared.Rent(run.Length);
        bool[] conjunctionArray = ArrayPool<bool>.Shared.Rent(run.Length);
        double[]? best = null;
        int[]? back = null;
        int[]? ids = null;
        try
        {
            Span<int> positions = positionsArray;
            Span<byte> kinds = kindsArray;
            Span<bool> forced = forcedArray;
            Span<int> slotTokens = slotTokensArray;
            Span<int> slotStarts = slotStartsArray;
            Span<int> reach = reachArray; // reach[j]: how many slots back a piece ending at j may start
            Span<int> tokenIds = tokenIdsArray;
            Span<bool> conjunction = conjunctionArray; // a word the lexicon lacks, without marks: a leading و may be cut off
            int slots = BuildSlots(repairer, text, run, positions, kinds, forced, slotTokens, slotStarts, tokenIds, conjunction);
            int size = slots * (Window + 1);
            best = ArrayPool<double>.Shared.Rent(size);
            back = ArrayPool<int>.Shared.Rent(size);
            ids = ArrayPool<int>.Shared.Rent(size);
            Span<char> buffer = stackalloc char[UrduSpacingRepairer.MaxWordLength];

            // best[j * (Window + 1) + d]: the best reading of the run up to slot j whose last piece starts d slots back.
            int longest = model.LongestWord;
            for (int j = 1; j < slots; j++)
            {
                // The word the piece ending at j ends in starts at this slot; a piece reaching further back takes out a
                // space, so it must be a word of the lexicon: once it is longer than the longest, nothing further back is.
                int wordStart = kinds[j] == CutSlot ? slotStarts[slotTokens[j]] : slotStarts[slotTokens[j] - 1];
                reach[j] = Math.Min(Window, j);
                for (int d = 1; d <= Math.Min(Window, j); d++)
                {
                    int i = j - d;
                    if (i < wordStart && positions[j] - positions[i] - d > longest)
                    {
                        reach[j] = d - 1;
                        break;
                    }

                    // Only states within reach are ever read, so the table is cleared as it is filled, not up front.
                    best[(j * (Window + 1)) + d] = double.NegativeInfinity;
                    if (!Piece(repairer, text, positions, kinds, forced, slotTokens, tokenIds, conjunction, i, j, buffer, out int id, out double unknown, out double cost))
                    {
                        continue;
                    }

                    int state = (j * (Window + 1)) + d;
                    ids[state] = id;
                    if (i == 0)
                    {
                        best[state] = (id >= 0 ? model.LogProbability(context, id) : unknown) - cost;
                        back[state] = 0;
                        continue;
                    }

                    double top = double.NegativeInfinity;
                    int from = 0;
                    for (int d2 = 1; d2 <= reach[i]; d2++)
                    {
                        int before = (i * (Window + 1)) + d2;
                        double s = best[before];
                        if (double.IsNegativeInfinity(s))
                        {
                            continue;
                        }

                        s += (id >= 0 ? model.LogProbability(ids[before], id) : unknown) - cost;
                        if (s > top)
                        {
                            top = s;
                            from = d2;
                        }
                    }

                    best[state] = top;
                    back[state] = from;
                }
            }

            // The reading that ends the run best; there is always one (every word as written is a piece).
            int end = slots - 1;
            int bestD = 0;
            double bestScore = double.NegativeInfinity;
            for (int d = 1; d <= reach[end]; d++)
            {
                double s = best[(end * (Window + 1)) + d];
                if (s > bestScore)
                {
                    bestScore = s;
                    bestD = d;
                }
            }

            last = ids[(end * (Window + 1)) + bestD];

            // Walk back, marking the slots where a piece ends.
            Span<bool> chosen = forced; // reused: every forced slot is chosen anyway
            chosen[..slots].Clear();
            int jj = end;
            int dd = bestD;
            while (jj > 0)
            {
                chosen[jj] = true;
                int previousD = back[(jj * (Window + 1)) + dd];
                jj -= dd;
                dd = previousD;
            }

            int count = 0;
            int inserted = 0;
            for (int k = 1; k < slots - 1; k++)
            {
                if (kinds[k] == CutSlot && chosen[k])
                {
                    edits[count++] = new UrduSpacingEdit(positions[k], UrduSpacingEditKind.InsertSpace);
                    inserted++;
                }
                else if (kinds[k] == SpaceSlot && !chosen[k])
                {
                    edits[count++] = new UrduSpacingEdit(positions[k], UrduSpacingRepairer.IsNonJoining(text[positions[k] - 1])
                        ? UrduSpacingEditKind.RemoveSpace
                        : UrduSpacingEditKind.ReplaceSpaceWithZwnj);
                }
            }

            // One-char pieces (و) could add more spaces than GetMaxRepairedLength allows for; no real text comes near it.
            if (inserted > (run[^1].End - run[0].Start) / UrduSpacingRepairer.MinPieceLength)
            {
                last = -1;
                return 0;
            }

            return count;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(positionsArray);
            ArrayPool<byte>.Shared.Return(kindsArray);
            ArrayPool<bool>.Shared.Return(forcedArray);
            ArrayPool<int>.Shared.Return(slotTokensArray);
            ArrayPool<int>.Shared.Return(slotStartsArray);
            ArrayPool<int>.Shared.Return(reachArray);
            ArrayPool<int>.Shared.Return(tokenIdsArray);
            ArrayPool<bool>.Shared.Return(conjunctionArray);
            if (best is not null)
            {
                ArrayPool<double>.Shared.Return(best);
                ArrayPool<int>.Shared.Return(back!);
                ArrayPool<int>.Shared.Return(ids!);
            }
        }
    }

    // The slots of the run in text order; returns their count. tokenIds: the lexicon id of each word as written.
    static int BuildSlots(UrduSpacingRepairer repairer, ReadOnlySpan<char> text, ReadOnlySpan<UrduToken> run, Span<int> positions, Span<byte> kinds, Span<bool> forced, Span<int> slotTokens, Span<int> slotStarts, Span<int> tokenIds, Span<bool> conjunction)
    {
        UrduSpacingModel model = repairer.Model;
        Span<char> buffer = stackalloc char[UrduSpacingRepairer.MaxWordLength];
        int n = 0;
        bool previousFixed = false;
        for (int t = 0; t < run.Length; t++)
        {
            ReadOnlySpan<char> word = text.Slice(run[t].Start, run[t].Length);
            bool hasZwnj = word.Contains('\u200C');

            // A compound with ZWNJ is the word without it (what a join with ZWNJ scored it as).
            int id = model.Id(hasZwnj ? RemoveZwnj(word, buffer) : word);
            tokenIds[t] = id;
            conjunction[t] = UrduSpacingRepairer.MayGuess(id, word);
            bool isFixed = hasZwnj || (id >= 0 && model.IsProtected(id));
            positions[n] = t == 0 ? run[t].Start : run[t - 1].End;
            kinds[n] = t == 0 ? StartSlot : SpaceSlot;
            forced[n] = t == 0 || isFixed || previousFixed;
            slotTokens[n] = t;
            slotStarts[t] = n;
            n++;
            previousFixed = isFixed;
            if (isFixed || word.Length > UrduSpacingRepairer.MaxWordLength)
            {
                continue;
            }

            int first = n;
            for (int i = 1; i < word.Length; i++)
            {
                if (UrduSpacingRepairer.IsCandidateCut(word, i, conjunction[t]))
                {
                    if (n - first == UrduSpacingRepairer.MaxCuts)
                    {
                        // Too many cut points: the word is kept whole (as the repair without joins does).
                        n = first;
                        break;
                    }

                    positions[n] = run[t].Start + i;
                    kinds[n] = CutSlot;
                    forced[n] = false;
                    slotTokens[n] = t;
                    n++;
                }
            }
        }

        positions[n] = run[^1].End;
        kinds[n] = EndSlot;
        forced[n] = true;
        slotTokens[n] = run.Length;
        return n + 1;
    }

    // Whether slots i..j make a piece; its id (-1 for a word as written that the lexicon does not know, with its score
    // in `unknown`) and what the slots cost (penalties for the spaces it takes out and the one it restores at j).
    static bool Piece(UrduSpacingRepairer repairer, ReadOnlySpan<char> text, ReadOnlySpan<int> positions, ReadOnlySpan<byte> kinds, ReadOnlySpan<bool> forced, ReadOnlySpan<int> slotTokens, ReadOnlySpan<int> tokenIds, ReadOnlySpan<bool> conjunction,
        int i, int j, Span<char> buffer, out int id, out double unknown, out double cost)
    {
        id = -1;
        unknown = 0;
        cost = kinds[j] == CutSlot ? repairer.SplitPenalty : 0;
        int begin = kinds[i] == SpaceSlot ? positions[i] + 1 : positions[i];
        int finish = positions[j];
        int removed = 0;
        int zwnjAt = -1;
        for (int k = i + 1; k < j; k++)
        {
            if (kinds[k] != SpaceSlot)
            {
                continue;
            }

            if (forced[k])
            {
                return false;
            }

            // Without pair counts a compound cannot be told from a phrase (and the core lists hold joined phrases such
            // as اوراسلام): a space is taken out only next to a word, as written, that the lexicon does not know.
            int after = slotTokens[k];
            if (repairer.Model.PairCount == 0 && tokenIds[after - 1] >= 0 && tokenIds[after] >= 0)
            {
                return false;
            }

            removed++;
            if (!UrduSpacingRepairer.IsNonJoining(text[positions[k] - 1]))
            {
                if (zwnjAt >= 0)
                {
                    return false; // one ZWNJ per word
                }

                zwnjAt = k;
            }
        }

        UrduSpacingModel model = repairer.Model;
        bool wholeWord = removed == 0 && kinds[i] is StartSlot or SpaceSlot && kinds[j] is SpaceSlot or EndSlot;
        if (removed == 0)
        {
            if (wholeWord)
            {
                // A word as written: always a piece.
                id = tokenIds[slotTokens[i]];
                if (id < 0)
                {
                    unknown = repairer.UnknownLogProbability(RemoveZwnj(text[begin..finish], buffer));
                }

                return true;
            }

            // A piece inside one word: a word of the lexicon (of one char only the conjunction و, in a word the
            // lexicon lacks, without marks). Unlike Decide, no piece is guessed: a guess is allowed only after a
            // frequent word, and a join on the output could change that word, so the repair would not be idempotent.
            ReadOnlySpan<char> piece = text[begin..finish];
            if (piece.Length < UrduSpacingRepairer.MinPieceLength && !(conjunction[slotTokens[i]] && piece[0] == 'و'))
            {
                return false;
            }

            id = model.Id(piece);
            return id >= 0;
        }

        // Takes out `removed` spaces: the joined text must be a word of the lexicon.
        if (finish - begin - removed > buffer.Length)
        {
            return false;
        }

        int length = 0;
        int zwnjSplit = -1;
        for (int c = begin; c < finish; c++)
        {
            if (text[c] != ' ')
            {
                buffer[length++] = text[c];
            }
            else if (zwnjAt >= 0 && c == positions[zwnjAt])
            {
                zwnjSplit = length;
            }
        }

        if (zwnjAt >= 0)
        {
            // After a joining letter the space becomes ZWNJ, and only between two parts that are words (a compound);
            // either part may itself be joined across spaces after non-joining letters.
            if (model.PairCount == 0 || model.Id(buffer[..zwnjSplit]) < 0 || model.Id(buffer[zwnjSplit..length]) < 0)
            {
                return false;
            }
        }

        id = model.Id(buffer[..length]);
        cost += removed * repairer.JoinPenalty;
        return id >= 0;
    }

    static ReadOnlySpan<char> RemoveZwnj(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (!word.Contains('\u200C') || word.Length > buffer.Length)
        {
            return word;
        }

        int n = 0;
        foreach (char c in word)
        {
            if (c != '\u200C')
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n];
    }
}
