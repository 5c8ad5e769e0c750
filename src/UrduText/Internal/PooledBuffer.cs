using System.Buffers;

namespace UrduText.Internal;

/// <summary>
/// A growable buffer rented from <see cref="ArrayPool{T}.Shared"/>: the string overloads collect their ranges (tokens,
/// sentences) here and copy them once into the exact-size array they return.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal ref struct PooledBuffer<T>
{
    T[] _array;
    int _count;

    /// <summary>Rents room for at least <paramref name="initialCapacity"/> elements.</summary>
    /// <param name="initialCapacity">The expected count; the buffer doubles when it is passed.</param>
    public PooledBuffer(int initialCapacity)
    {
        _array = ArrayPool<T>.Shared.Rent(initialCapacity);
    }

    /// <summary>Appends <paramref name="item"/>.</summary>
    /// <param name="item">The element.</param>
    public void Add(T item)
    {
        if (_count == _array.Length)
        {
            T[] bigger = ArrayPool<T>.Shared.Rent(_array.Length * 2);
            _array.AsSpan().CopyTo(bigger);
            ArrayPool<T>.Shared.Return(_array);
            _array = bigger;
        }

        _array[_count++] = item;
    }

    /// <summary>A new array holding exactly the elements added.</summary>
    public readonly T[] ToArray() => _array.AsSpan(0, _count).ToArray();

    /// <summary>Returns the rented array to the pool.</summary>
    public void Dispose()
    {
        ArrayPool<T>.Shared.Return(_array);
        _array = [];
        _count = 0;
    }
}
