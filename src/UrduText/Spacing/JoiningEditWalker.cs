using System.Buffers;

namespace UrduText;

/// <summary>
/// The edits of a repairer that also joins split words (<see cref="UrduSpacingRepairer.JoinsSplitWords"/>), in text
/// order. Restoring and removing spaces are decided together, one <em>run</em> at a time: words of letters on one line
/// with exactly one U+0020 SPACE between each two. Deciding them together is what makes the repair idempotent: the
/// chosen reading of a run, written out, is again the best reading of the run it becomes (a removed space costs the
/// join penalty to take out and the split penalty to put back, a restored one the reverse, and every other reading
/// costs at least as much as before), which a word-by-word decision could not promise (a join could make a word that
/// joins its left neighbour, a split a piece that joins its right one).
/// </summary>
/// <remarks>
/// A run ends at a line break, a token that is not a word, a word with other chars than letters and marks (a word with
/// ZWNJ is part of the run but kept as it is) and after <see cref="MaxRunTokens"/> words (very long runs are decoded in
/// pieces; only there can repairing twice differ). Buffers are rented per walker and returned by <see cref="Dispose"/>.
/// </remarks>
internal ref struct JoiningEditWalker
{
    /// <summary>Words decoded together at most (a longer run is decoded in consecutive parts).</summary>
    internal const int MaxRunTokens = 64;

    readonly UrduSpacingRepairer _repairer;
    readonly ReadOnlySpan<char> _text;
    TokenEnumerator _tokens;
    UrduToken[]? _run;
    int _runCount;
    int _runContext;
    UrduSpacingEdit[]? _edits;
    int _editCount;
    int _editIndex;
    int _context;        // id of the last word (or piece) before the current token, -1 after a restart
    int _lastEnd;
    bool _pendingToken;  // _tokens.Current was not yet looked at (it ended the previous run)
    bool _done;

    internal JoiningEditWalker(UrduSpacingRepairer repairer, ReadOnlySpan<char> text, int context)
    {
        _repairer = repairer;
        _text = text;
        _tokens = UrduTokenizer.EnumerateTokens(text);
        _context = context;
        _runContext = -1;
    }

    public UrduSpacingEdit Current { get; private set; }

    public bool MoveNext()
    {
        while (_editIndex >= _editCount)
        {
            if (_done || !NextRun())
            {
                return false;
            }
        }

        Current = _edits![_editIndex++];
        return true;
    }

    public void Dispose()
    {
        if (_run is not null)
        {
            ArrayPool<UrduToken>.Shared.Return(_run);
            _run = null;
        }

        if (_edits is not null)
        {
            ArrayPool<UrduSpacingEdit>.Shared.Return(_edits);
            _edits = null;
        }
    }

    // Collects the next run and decodes it into _edits. False at the end of the text.
    bool NextRun()
    {
        _run ??= ArrayPool<UrduToken>.Shared.Rent(MaxRunTokens);
        _runCount = 0;
        _editCount = 0;
        _editIndex = 0;
        while (true)
        {
            if (!_pendingToken && !_tokens.MoveNext())
            {
                _done = true;
                break;
            }

            _pendingToken = false;
            UrduToken token = _tokens.Current;
            bool sameLine = !UrduSpacingRepairer.HasLineBreak(_text[_lastEnd..token.Start]);
            bool member = token.Kind == UrduTokenKind.Word && IsRunWord(_text.Slice(token.Start, token.Length));
            if (_runCount > 0)
            {
                UrduToken last = _run[_runCount - 1];
                if (member && _runCount < MaxRunTokens && token.Start == last.End + 1 && _text[last.End] == ' ')
                {
                    _run[_runCount++] = token;
                    _lastEnd = token.End;
                    continue;
                }

                // This token ends the run: decode the run, look at the token again next time.
                _pendingToken = true;
                break;
            }

            _lastEnd = token.End;
            if (!member)
            {
                // Not part of any run: only the context changes (as for the repair without joins).
                _context = token.Kind == UrduTokenKind.Word ? _repairer.Model.Id(_text.Slice(token.Start, token.Length)) : -1;
                continue;
            }

            _runContext = sameLine ? _context : -1;
            _run[_runCount++] = token;
        }

        if (_runCount == 0)
        {
            return !_done;
        }

        _edits ??= ArrayPool<UrduSpacingEdit>.Shared.Rent(MaxRunTokens * (UrduSpacingRepairer.MaxCuts + 1));
        _editCount = SpacingRunDecoder.Decode(_repairer, _text, _run.AsSpan(0, _runCount), _runContext, _edits, out _context);
        return true;
    }

    /// <summary>Letters and marks only, or letters with ZWNJ between them (a compound kept as it is).</summary>
    internal static bool IsRunWord(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!UrduSpacingRepairer.IsLetterOrMark(c) && c != '\u200C')
            {
                return false;
            }
        }

        return word.Length > 0;
    }
}
