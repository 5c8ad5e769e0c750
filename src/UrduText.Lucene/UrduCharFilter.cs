using System.Globalization;
using Lucene.Net.Analysis.CharFilters;

namespace UrduText.Lucene;

/// <summary>
/// Normalizes text before it is tokenized, with exact offset correction, so that tokens are found in canonical text
/// while their offsets (and so highlights) still point at the original. By default it applies
/// <see cref="UrduNormalizer.Search"/>: invisible characters (tatweel, ZWSP, bidi controls, soft hyphen) that would
/// otherwise split or hide a word are removed, presentation forms and lam-alef ligatures are expanded, diacritics
/// are removed.
/// </summary>
/// <remarks>
/// <para>Whitespace is passed through unchanged (the tokenizer skips it); every maximal run of other characters is
/// normalized as a unit, so word-level rules such as do-chashmi restoration see the whole word.</para>
/// <para>Offsets come from the normalizer itself (<see cref="UrduNormalizer.NormalizeWithSourceIndices"/>): each
/// output character knows the source unit it came from (a code point with its marks, or a run of spaces), the k-th
/// character of a unit maps to the k-th character of its source (or the unit's end, for an expansion), and the end of a
/// unit maps to the start of the next one, so removed characters belong to the unit before them. An offset
/// correction is recorded wherever the difference changes. Corrected offsets never decrease.</para>
/// </remarks>
public sealed class UrduCharFilter : BaseCharFilter
{
    const int ChunkSize = 4096;
    const int MaxRunLength = 1 << 16;

    readonly UrduNormalizer _normalizer;
    char[] _in = new char[ChunkSize];
    int _inLength;
    bool _eof;
    char[] _out = new char[ChunkSize * 2];
    int _outStart;
    int _outLength;
    char[] _scratch = new char[64];
    int[] _indices = new int[64];
    int _inputOffset;       // characters of the input consumed
    int _outputOffset;      // characters produced so far (including those still in _out)
    int _lastDiff;

    /// <summary>Creates a char filter that applies <see cref="UrduNormalizer.Search"/>.</summary>
    /// <param name="input">The text to filter.</param>
    public UrduCharFilter(TextReader input)
        : this(input, UrduNormalizer.Search)
    {
    }

    /// <summary>Creates a char filter that applies <paramref name="normalizer"/>.</summary>
    /// <param name="input">The text to filter.</param>
    /// <param name="normalizer">The normalizer to apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="normalizer"/> is <see langword="null"/>.</exception>
    public UrduCharFilter(TextReader input, UrduNormalizer normalizer)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        _normalizer = normalizer;
    }

    /// <summary>Reads normalized characters.</summary>
    /// <param name="buffer">The destination.</param>
    /// <param name="index">Where to start writing in <paramref name="buffer"/>.</param>
    /// <param name="count">The most characters to read.</param>
    /// <returns>The number of characters read, 0 at the end of the input.</returns>
    public override int Read(char[] buffer, int index, int count)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, buffer.Length - index);
        if (count == 0)
        {
            return 0;
        }

        while (_outLength == 0)
        {
            if (!Fill())
            {
                return 0;
            }
        }

        int n = Math.Min(count, _outLength);
        Array.Copy(_out, _outStart, buffer, index, n);
        _outStart += n;
        _outLength -= n;
        return n;
    }

    /// <summary>Reads one normalized character.</summary>
    /// <returns>The character, or -1 at the end of the input.</returns>
    public override int Read()
    {
        while (_outLength == 0)
        {
            if (!Fill())
            {
                return -1;
            }
        }

        _outLength--;
        return _out[_outStart++];
    }

    /// <summary>Returns the next character without consuming it.</summary>
    /// <returns>The character, or -1 at the end of the input.</returns>
    public override int Peek()
    {
        while (_outLength == 0)
        {
            if (!Fill())
            {
                return -1;
            }
        }

        return _out[_outStart];
    }

    // Reads input and normalizes every complete run in it. Returns false at the end of the input.
    bool Fill()
    {
        _outStart = 0;
        _outLength = 0;
        while (true)
        {
            if (!_eof && _inLength < _in.Length)
            {
                int read = m_input.Read(_in, _inLength, _in.Length - _inLength);
                if (read <= 0)
                {
                    _eof = true;
                }
                else
                {
                    _inLength += read;
                }
            }

            if (_inLength == 0)
            {
                return false;
            }

            int end = _eof ? _inLength : SafeEnd(_in.AsSpan(0, _inLength));
            if (end == 0)
            {
                // One run fills the whole buffer: grow it, or cut the run once it is very long.
                if (_in.Length < MaxRunLength)
                {
                    Array.Resize(ref _in, _in.Length * 2);
                    continue;
                }

                end = CutPoint(_in.AsSpan(0, _inLength));
            }

            Process(_in.AsSpan(0, end));
            Array.Copy(_in, end, _in, 0, _inLength - end);
            _inLength -= end;
            if (_outLength > 0 || (_eof && _inLength == 0))
            {
                return _outLength > 0;
            }
        }
    }

    // The end of the last whitespace character: everything before it is made of complete runs.
    static int SafeEnd(ReadOnlySpan<char> text) => WhiteSpace.LastIndexIn(text) + 1;

    // Where to cut a run too long to hold: not inside a surrogate pair and not before a combining mark.
    static int CutPoint(ReadOnlySpan<char> text)
    {
        int i = text.Length - 1;
        while (i > text.Length / 2 && (char.IsLowSurrogate(text[i]) || IsMark(text[i])))
        {
            i--;
        }

        return i;
    }

    static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    void Process(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            if (WhiteSpace.Is(text[i]))
            {
                while (i < text.Length && WhiteSpace.Is(text[i]))
                {
                    i++;
                }

                Append(text[start..i]);
                _inputOffset += i - start;
                Map(_outputOffset, _inputOffset);
                continue;
            }

            while (i < text.Length && !WhiteSpace.Is(text[i]))
            {
                i++;
            }

            NormalizeRun(text[start..i]);
        }
    }

    void NormalizeRun(ReadOnlySpan<char> run)
    {
        int inStart = _inputOffset;
        if (_normalizer.IsNormalized(run))
        {
            Append(run);
        }
        else
        {
            int max = _normalizer.GetMaxNormalizedLength(run.Length);
            if (_scratch.Length < max)
            {
                _scratch = new char[Math.Max(max, _scratch.Length * 2)];
                _indices = new int[_scratch.Length];
            }

            _normalizer.NormalizeWithSourceIndices(run, _scratch, _indices, out _, out int written);
            MapUnits(_indices.AsSpan(0, written), run.Length, inStart, _outputOffset);
            Append(_scratch.AsSpan(0, written));
        }

        _inputOffset = inStart + run.Length;
        Map(_outputOffset, _inputOffset);
    }

    // Each unit's output (the characters that share a source index) comes from the source up to the next unit's index.
    void MapUnits(ReadOnlySpan<int> indices, int runLength, int inStart, int outStart)
    {
        int k = 0;
        while (k < indices.Length)
        {
            int unit = indices[k];
            int end = k + 1;
            while (end < indices.Length && indices[end] == unit)
            {
                end++;
            }

            int next = end < indices.Length ? indices[end] : runLength;
            MapPiece(inStart + unit, next - unit, outStart + k, end - k);
            k = end;
        }
    }

    // Output positions [outPos, outPos + outLen) come from input [inPos, inPos + inLen).
    void MapPiece(int inPos, int inLen, int outPos, int outLen)
    {
        for (int k = 0; k < outLen; k++)
        {
            Map(outPos + k, inPos + Math.Min(k, inLen));
        }

        Map(outPos + outLen, inPos + inLen);
    }

    void Map(int outPos, int inPos)
    {
        int diff = inPos - outPos;
        if (diff != _lastDiff)
        {
            AddOffCorrectMap(outPos, diff);
            _lastDiff = diff;
        }
    }

    void Append(ReadOnlySpan<char> text)
    {
        int needed = _outStart + _outLength + text.Length;
        if (needed > _out.Length)
        {
            Array.Resize(ref _out, Math.Max(needed, _out.Length * 2));
        }

        text.CopyTo(_out.AsSpan(_outStart + _outLength));
        _outLength += text.Length;
        _outputOffset += text.Length;
    }
}
