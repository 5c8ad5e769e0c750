using CsCheck;
using UrduText.Internal;
using UrduText.Streaming;
using UrduText.Tests.Properties;

namespace UrduText.Tests.Reliability;

/// <summary>
/// The streaming engine on its own, with a reference splitter (maximal runs without white space) that needs no feature code:
/// results must not depend on chunk sizes or window sizes, and forced cuts must lose no text.
/// </summary>
public sealed class StreamingEngineTests
{
    static int SplitOnWhiteSpace(ReadOnlySpan<char> text, Span<UrduToken> ranges, out int resumeAt)
    {
        resumeAt = -1;
        int n = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsWhite(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !IsWhite(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                if (n == ranges.Length)
                {
                    resumeAt = ranges[n - 1].End;
                    return n;
                }

                ranges[n++] = new UrduToken(start, i - start, UrduTokenKind.Other);
            }
        }

        return n;

        static bool IsWhite(char c) => CharClasses.Of(c) is CharClass.Space or CharClass.LineBreak;
    }

    static List<(long Start, string Text)> Stream(string text, int seed, int initial, int max)
    {
        var core = new SegmentingReader(new ChunkedReader(text, seed), SplitOnWhiteSpace, lookahead: 16, SegmentingReader.AfterWhiteSpace, initial, max);
        var result = new List<(long, string)>();
        while (core.MoveNext())
        {
            result.Add((core.CurrentStart, core.CurrentText.ToString()));
        }

        return result;
    }

    static List<(long Start, string Text)> OneShot(string text)
    {
        var ranges = new UrduToken[text.Length + 1];
        int n = SplitOnWhiteSpace(text, ranges, out _);
        var result = new List<(long, string)>();
        for (int i = 0; i < n; i++)
        {
            result.Add((ranges[i].Start, text.Substring(ranges[i].Start, ranges[i].Length)));
        }

        return result;
    }

    [Fact]
    public void MoveNext_RandomChunksAndWindows_EqualsOneShot() =>
        Gen.Select(UrduGen.LongText, Gen.Int, Gen.Int[33, 200]).Sample((text, seed, window) =>
        {
            List<(long, string)> expected = OneShot(text);
            List<(long, string)> actual = Stream(text, seed, window, 1 << 16);
            actual.Should().Equal(expected);
        }, iter: PropertySeed.Iterations(300));

    [Fact]
    public void MoveNext_RunLongerThanMaxWindow_LosesNoText()
    {
        string text = "آغاز " + string.Concat(Enumerable.Repeat("ب\u064E\U0001F44D\U0001F3FD", 3000)) + " انجام";
        List<(long Start, string Text)> pieces = Stream(text, 7, 64, 256);
        long position = 0;
        var rebuilt = new System.Text.StringBuilder();
        foreach ((long start, string piece) in pieces)
        {
            start.Should().BeGreaterThanOrEqualTo(position);
            rebuilt.Append(text, (int)position, (int)(start - position)).Append(piece);
            position = start + piece.Length;
        }

        rebuilt.Append(text, (int)position, text.Length - (int)position);
        rebuilt.ToString().Should().Be(text);
        pieces.Should().OnlyContain(p => !char.IsLowSurrogate(p.Text[0]) && CharClasses.Of(p.Text[0]) != CharClass.CombiningMark && CharClasses.Of(p.Text[0]) != CharClass.EmojiModifier);
        pieces.Should().HaveCountGreaterThan(10, "the run was cut into window-sized pieces instead of being buffered whole");
    }

    [Fact]
    public void MoveNextAsync_RandomChunks_EqualsSync() =>
        UrduGen.LongText.Sample(text =>
        {
            var core = new SegmentingReader(new ChunkedReader(text, 3), SplitOnWhiteSpace, 16, SegmentingReader.AfterWhiteSpace, 40, 1 << 16);
            var result = new List<(long, string)>();
            while (core.MoveNextAsync(default).AsTask().GetAwaiter().GetResult())
            {
                result.Add((core.CurrentStart, core.CurrentText.ToString()));
            }

            result.Should().Equal(OneShot(text));
        }, iter: PropertySeed.Iterations(50));
}
