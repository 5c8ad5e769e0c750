using System.Runtime.CompilerServices;

namespace UrduText.Normalization;

/// <summary>
/// Where the normalizer core reports which source unit the characters it writes come from. The core is generic over
/// it so that the ordinary call (<see cref="NoSourceIndices"/>) compiles to the same code as before: every call on it
/// is an empty inlined method and <see cref="Enabled"/> is a JIT-time constant.
/// </summary>
interface ISourceIndexSink
{
    /// <summary>Whether indices are recorded; when they are, the core takes its general loop only.</summary>
    static abstract bool Enabled { get; }

    /// <summary>Output from position <paramref name="written"/> on comes from the source unit at <paramref name="sourceIndex"/>.</summary>
    void Mark(int sourceIndex, int written);

    /// <summary>The first <paramref name="written"/> characters of output are final: fill in their indices.</summary>
    void Flush(int written);
}

/// <summary>The ordinary call: nothing is recorded.</summary>
struct NoSourceIndices : ISourceIndexSink
{
    public static bool Enabled => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Mark(int sourceIndex, int written)
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void Flush(int written)
    {
    }
}

/// <summary>
/// Writes, for every output character, the source index of the unit it came from (plus <c>offset</c>, the part of the
/// source the caller copied before calling the core). Indices are filled lazily, one unit behind: a unit's extent is
/// known only when the next one starts or the output is final.
/// </summary>
ref struct SourceIndexWriter : ISourceIndexSink
{
    readonly Span<int> _indices;
    readonly int _offset;
    int _lastIndex;
    int _lastWritten;

    public SourceIndexWriter(Span<int> indices, int offset)
    {
        _indices = indices;
        _offset = offset;
        _lastIndex = 0;
        _lastWritten = 0;
    }

    public static bool Enabled => true;

    public void Mark(int sourceIndex, int written)
    {
        Flush(written);
        _lastIndex = sourceIndex;
    }

    public void Flush(int written)
    {
        if (written > _lastWritten)
        {
            _indices[_lastWritten..written].Fill(_lastIndex + _offset);
            _lastWritten = written;
        }
    }
}
