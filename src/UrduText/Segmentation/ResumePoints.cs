using UrduText.Internal;

namespace UrduText.Segmentation;

/// <summary>
/// Where a sentence scan may start over (at a sentence start, or anywhere in the white space before it) and give the
/// same sentences as the scan of the whole text: the span overload stops only there, and the streaming reader cuts only there.
/// </summary>
/// <remarks>
/// Two things reach behind a sentence start, and both are checked: the tokenizer queries remember a whitespace-delimited
/// chunk across a sentence end that no white space follows (<c>ہے?ہاں</c>), and the list-marker rule reads back to the
/// start of the line (<c>جملہ۔ 1۔ دوسرا</c>: <c>1۔</c> is no marker mid-line, but would be at the start of a resumed text).
/// </remarks>
internal static class ResumePoints
{
    /// <summary>True when a scan may start over before the sentence that starts at <paramref name="start"/>.</summary>
    /// <param name="text">The text, including what comes before <paramref name="start"/>.</param>
    /// <param name="start">A sentence start, greater than 0.</param>
    public static bool IsSafe(ReadOnlySpan<char> text, int start) =>
        CharPredicates.IsWhiteSpace(text[start - 1])
        && (!ListMarkers.MayStartAt(text, start) || ListMarkers.IsAtLineStart<NoProbe>(text, start));
}
