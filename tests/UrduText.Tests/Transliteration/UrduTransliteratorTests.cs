using System.Buffers;

namespace UrduText.Tests.Transliteration;

/// <summary>Shared helpers: every overload of <see cref="UrduTransliterator"/> gives the same output.</summary>
public partial class UrduTransliteratorTests
{
    /// <summary>Runs the span overload with a destination of <paramref name="size"/> characters, resuming after DestinationTooSmall.</summary>
    internal static string ViaSpan(UrduTransliterator t, string input, int size)
    {
        var output = new System.Text.StringBuilder();
        ReadOnlySpan<char> rest = input;
        char[] buffer = new char[size];
        int guard = 0;
        while (true)
        {
            OperationStatus status = t.Transliterate(rest, buffer, out int consumed, out int written);
            output.Append(buffer, 0, written);
            rest = rest[consumed..];
            if (status == OperationStatus.Done)
            {
                return output.ToString();
            }

            status.Should().Be(OperationStatus.DestinationTooSmall);
            if (consumed == 0)
            {
                written.Should().Be(0, "nothing is written for a unit that did not fit");
                buffer = new char[buffer.Length * 2];
            }

            (++guard).Should().BeLessThan(100_000);
        }
    }

    internal static string AllOverloads(UrduTransliterator t, string input)
    {
        string viaString = t.Transliterate(input);
        char[] big = new char[t.GetMaxTransliteratedLength(input.Length)];
        t.Transliterate(input, big, out int consumed, out int written).Should().Be(OperationStatus.Done);
        consumed.Should().Be(input.Length);
        new string(big, 0, written).Should().Be(viaString, "the span overload with a max-length destination");
        ViaSpan(t, input, 1).Should().Be(viaString, "the span overload resumed through a one-character destination");
        ViaSpan(t, input, 7).Should().Be(viaString, "the span overload resumed through a small destination");
        return viaString;
    }
}
