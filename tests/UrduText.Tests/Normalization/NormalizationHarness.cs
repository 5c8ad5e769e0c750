using System.Buffers;
using System.Globalization;
using System.Text;

namespace UrduText.Tests.Normalization;

/// <summary>Runs one input through every overload of <see cref="UrduNormalizer"/>, so the overloads cannot drift apart.</summary>
internal static class NormalizationHarness
{
    public static string ViaString(UrduNormalizer n, string input) => n.Normalize(input);

    public static string ViaSpan(UrduNormalizer n, string input)
    {
        var dest = new char[n.GetMaxNormalizedLength(input.Length)];
        n.Normalize(input, dest, out int consumed, out int written).Should().Be(OperationStatus.Done);
        consumed.Should().Be(input.Length);
        return new string(dest, 0, written);
    }

    public static string ViaTryNormalize(UrduNormalizer n, string input)
    {
        var dest = new char[n.GetMaxNormalizedLength(input.Length)];
        n.TryNormalize(input, dest, out int written).Should().BeTrue();
        return new string(dest, 0, written);
    }

    /// <summary>Destinations of <paramref name="size"/> chars, resumed after every DestinationTooSmall (grown when no progress).</summary>
    public static string ViaTinyDestinations(UrduNormalizer n, string input, int size)
    {
        var sb = new StringBuilder();
        var dest = new char[size];
        int consumed = 0;
        for (int guard = 0; guard < 100_000; guard++)
        {
            OperationStatus status = n.Normalize(input.AsSpan(consumed), dest, out int c, out int w);
            sb.Append(dest, 0, w);
            consumed += c;
            if (status == OperationStatus.Done)
            {
                consumed.Should().Be(input.Length);
                return sb.ToString();
            }

            status.Should().Be(OperationStatus.DestinationTooSmall);
            w.Should().BeLessThanOrEqualTo(dest.Length);
            if (c == 0 && w == 0)
            {
                dest = new char[dest.Length * 2];
            }
        }

        throw new InvalidOperationException("no progress");
    }

    /// <summary>Feeds the input in chunks of <paramref name="chunk"/> chars with isFinalBlock=false, then a final empty block.</summary>
    public static string ViaChunks(UrduNormalizer n, string input, int chunk)
    {
        var sb = new StringBuilder();
        string carry = "";
        int next = 0;
        while (true)
        {
            bool final = next >= input.Length;
            string block = string.Concat(carry.AsSpan(), input.AsSpan(next, Math.Min(chunk, input.Length - next)));
            next = Math.Min(input.Length, next + chunk);
            final = next >= input.Length && final;
            var dest = new char[n.GetMaxNormalizedLength(block.Length)];
            OperationStatus status = n.Normalize(block, dest, out int c, out int w, isFinalBlock: final);
            sb.Append(dest, 0, w);
            carry = block[c..];
            if (final)
            {
                status.Should().Be(OperationStatus.Done);
                carry.Should().BeEmpty();
                return sb.ToString();
            }

            status.Should().BeOneOf(OperationStatus.Done, OperationStatus.NeedMoreData);
            if (status == OperationStatus.Done)
            {
                carry.Should().BeEmpty();
            }
        }
    }

    public static string ViaInPlace(UrduNormalizer n, string input)
    {
        var buffer = new char[n.GetMaxNormalizedLength(input.Length)];
        input.CopyTo(buffer);
        n.TryNormalizeInPlace(buffer, input.Length, out int length).Should().BeTrue();
        return new string(buffer, 0, length);
    }

    public static string ViaInPlaceExact(UrduNormalizer n, string input, string expected)
    {
        // The buffer holds exactly the input; growth beyond it must fail without touching the buffer.
        var buffer = input.ToCharArray();
        bool ok = n.TryNormalizeInPlace(buffer, input.Length, out int length);
        if (expected.Length <= input.Length)
        {
            ok.Should().BeTrue();
            return new string(buffer, 0, length);
        }

        ok.Should().BeFalse();
        new string(buffer).Should().Be(input);
        return expected;
    }

    public static string Unescape(string s) => GoldenText.Unescape(s);

    /// <summary>Escapes everything outside printable ASCII and the Arabic letters, for readable failure messages.</summary>
    public static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            if (c is >= ' ' and <= '~' && c != '\\')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
