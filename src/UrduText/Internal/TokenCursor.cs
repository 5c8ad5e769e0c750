using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace UrduText.Internal;

/// <summary>
/// Reads the tokens of a text one at a time for the enumerator and the <c>Tokenize</c> overloads: token starts come
/// from the bit masks of one <see cref="TokenBlocks"/> block at a time (a word's length is its run of word bits), and
/// the scalar <see cref="TokenScanner"/> reads the tokens the block does not know. The tokens are the scalar
/// scanner's, in order.
/// </summary>
internal struct TokenCursor
{
    readonly TokenPath _path;
    int _position;    // where decoding goes on: a token boundary
    int _scalarUntil; // the scalar scanner reads while _position <= _scalarUntil
    int _blockStart;
    uint _pending;    // starts of settled tokens not yet returned, as bits from _blockStart
    uint _words;      // word units of the block, as bits from _blockStart
    uint _digits;     // ASCII digits of the block, as bits from _blockStart
    uint _ends;       // last code units of the settled tokens, as bits from _blockStart

    /// <summary>A cursor at the start of a text that takes <paramref name="path"/>.</summary>
    public TokenCursor(TokenPath path)
    {
        _path = path;
        _position = 0;
        _scalarUntil = path == TokenPath.Scalar ? int.MaxValue : -1;
        _blockStart = 0;
        _pending = 0;
        _words = 0;
        _digits = 0;
        _ends = 0;
    }

    /// <summary>A cursor that takes the best path this machine has.</summary>
    public static TokenCursor Create() => new(TokenBlocks.BestPath);

    /// <summary>Reads the next token of <paramref name="text"/> (always the same text for one cursor).</summary>
    /// <returns>The token, or a token of length 0 when only whitespace remains.</returns>
    /// <remarks>The token is returned by value, not through an <c>out</c> parameter, so that the JIT keeps it in registers.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public UrduToken Read(ReadOnlySpan<char> text)
    {
        uint pending = _pending;
        if (pending != 0)
        {
            _pending = pending & (pending - 1);
            return Settled(BitOperations.TrailingZeroCount(pending));
        }

        return ReadNext(text);
    }

    /// <summary>
    /// The settled token that starts at bit <paramref name="bit"/>: a word or a number (a run of its bits) or one
    /// punctuation mark. Branch-free: which of the three comes next is as random as the text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    readonly UrduToken Settled(int bit)
    {
        int length = BitOperations.TrailingZeroCount(_ends >> bit) + 1;
        int kind = (int)UrduTokenKind.Punctuation - (3 * (int)((_words >> bit) & 1)) - (int)((_digits >> bit) & 1);
        return new UrduToken(_blockStart + bit, length, (UrduTokenKind)kind);
    }

    UrduToken ReadNext(ReadOnlySpan<char> text)
    {
        while (true)
        {
            if (_position <= _scalarUntil)
            {
                if (!TokenScanner.TryRead(text, _position, out UrduToken token))
                {
                    _position = text.Length;
                    return default;
                }

                _position = token.End;
                return token;
            }

            if (_position > text.Length - TokenBlocks.BlockLength)
            {
                _scalarUntil = int.MaxValue; // the tail is shorter than a block
                continue;
            }

            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            int settled;
            int unknown;
            uint starts = _path switch
            {
                TokenPath.Vector256 => TokenBlocks.Decode<TokenBlock256>(ref first, _position, out _words, out _digits, out settled, out unknown),
                TokenPath.Vector128 => TokenBlocks.Decode<TokenBlock128>(ref first, _position, out _words, out _digits, out settled, out unknown),
                _ => TokenBlocks.Decode<TokenBlockScalar>(ref first, _position, out _words, out _digits, out settled, out unknown),
            };
            _blockStart = _position;
            _position += settled;
            if (unknown >= 0)
            {
                _scalarUntil = _blockStart + unknown;
            }

            if (starts != 0)
            {
                uint runs = _words | _digits;
                _ends = (_words & ~(_words >> 1)) | (_digits & ~(_digits >> 1)) | (starts & ~runs);
                _pending = starts & (starts - 1);
                return Settled(BitOperations.TrailingZeroCount(starts));
            }
        }
    }
}
