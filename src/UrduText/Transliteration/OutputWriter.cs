using System.Runtime.CompilerServices;

namespace UrduText;

/// <summary>Appends to a caller's span and remembers when something did not fit, so a unit of output is all-or-nothing.</summary>
internal ref struct OutputWriter
{
    readonly Span<char> _destination;

    public OutputWriter(Span<char> destination)
    {
        _destination = destination;
        Written = 0;
        Overflow = false;
        ContinuedName = false;
        ModelWord = false;
    }

    /// <summary>Characters written so far.</summary>
    public int Written;

    /// <summary>True once a write did not fit; later writes are ignored.</summary>
    public bool Overflow;

    /// <summary>
    /// Set when a model word was capitalized because it continues the name before it: the output then depends on text a
    /// resumed call would not see, so the word's start is not a place to stop.
    /// </summary>
    public bool ContinuedName;

    /// <summary>
    /// Set when a word went to the model as a word of its own (not part of a name rule or a split), the one reading a name
    /// before it capitalizes: the engine's word memo keeps that word lower case and capitalizes it on use.
    /// </summary>
    public bool ModelWord;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(char c)
    {
        if ((uint)Written < (uint)_destination.Length && !Overflow)
        {
            _destination[Written++] = c;
        }
        else
        {
            Overflow = true;
        }
    }

    public void Write(scoped ReadOnlySpan<char> text)
    {
        if (!Overflow && text.TryCopyTo(_destination[Written..]))
        {
            Written += text.Length;
        }
        else
        {
            Overflow = true;
        }
    }

    /// <summary>Writes <paramref name="text"/> with its first letter upper-cased.</summary>
    public void WriteCapitalized(scoped ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        Write(char.ToUpperInvariant(text[0]));
        Write(text[1..]);
    }

    /// <summary>The characters already written (for in-place fix-ups).</summary>
    public readonly Span<char> WrittenSpan => _destination[..Written];

    /// <summary>Forgets everything written after <paramref name="mark"/> and clears the overflow flag.</summary>
    public void Rewind(int mark)
    {
        Written = mark;
        Overflow = false;
    }
}
