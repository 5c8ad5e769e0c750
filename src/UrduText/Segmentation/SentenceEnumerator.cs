using UrduText.Segmentation;

namespace UrduText;

/// <summary>
/// Enumerates the sentences of a text as <see cref="UrduSentence"/> ranges (the <c>SpanLineEnumerator</c> shape).
/// Obtain it from <see cref="UrduSentenceSegmenter.EnumerateSentences"/>. It never allocates.
/// </summary>
/// <remarks>
/// The scan jumps from one terminator or line break to the next with a vectorized search; only at a <c>.</c> or other
/// terminator that is directly followed by more text (<c>3.5</c>, <c>www.x.pk</c>, <c>ہے?ہاں</c>) does it ask
/// <see cref="UrduTokenizer"/> whether the character lies inside a number, URL or e-mail token. The rules are listed in
/// docs/segmentation.md.
/// </remarks>
public ref struct SentenceEnumerator
{
    readonly ReadOnlySpan<char> _text;
    SentenceScanner<NoProbe> _scanner;
    UrduSentence _current;

    internal SentenceEnumerator(ReadOnlySpan<char> text, UrduSegmentationOptions options)
    {
        _text = text;
        _scanner = new SentenceScanner<NoProbe>(options);
        _current = default;
    }

    /// <summary>The current sentence.</summary>
    public readonly UrduSentence Current => _current;

    /// <summary>Returns this enumerator, so that it works in <c>foreach</c>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly SentenceEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next sentence.</summary>
    /// <returns><see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        _current = _scanner.Read(_text);
        return _current.Length != 0;
    }
}
