namespace UrduText.Tests.Reliability;

/// <summary>
/// Hostile inputs at unit-test size (the full sizes, 100 MB and 10 M emoji, run in <c>UrduText.Fuzz limits --full</c>):
/// streaming memory must not grow with the input, and one-shot work must stay linear in allocation. No wall-clock asserts.
/// </summary>
public sealed class ResourceLimitTests
{
    /// <summary>A reader of a unit repeated to a length, so the test itself holds no big string.</summary>
    sealed class RepeatReader(string prefix, string unit, long totalChars) : TextReader
    {
        long _position;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            int written = 0;
            while (written < buffer.Length && _position < totalChars)
            {
                buffer[written++] = _position < prefix.Length ? prefix[(int)_position] : unit[(int)((_position - prefix.Length) % unit.Length)];
                _position++;
            }

            return written;
        }
    }

    const string UrduWordNoSpace = "\u067E\u0627\u06A9\u0633\u062A\u0627\u0646"; // پاکستان
    const string WordsAndPunctuationNoSpace = "\u0627\u0631\u062F\u0648\u060C\u0632\u0628\u0627\u0646\u06D4"; // اردو،زبان۔
    const string Emoji = "\U0001F44D\U0001F3FD";
    const string OnlyPunctuation = "\u06D4\u061F!\u060C\u2026\"'()";

    static (long Allocated, long Tokens, long Chars) StreamTokens(string unit, long chars)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var reader = new UrduTokenReader(new RepeatReader("", unit, chars));
        long tokens = 0;
        long covered = 0;
        while (reader.Read())
        {
            tokens++;
            covered += reader.Length;
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before, tokens, covered);
    }

    static long StreamNormalize(string prefix, string unit, long chars)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        long written = UrduNormalizer.Default.Normalize(new RepeatReader(prefix, unit, chars), TextWriter.Null);
        written.Should().BeGreaterThan(0);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Theory]
    [InlineData(UrduWordNoSpace)]
    [InlineData(WordsAndPunctuationNoSpace)]
    [InlineData(Emoji)]
    [InlineData(OnlyPunctuation)]
    public void TokenReader_HostileInput_MemoryDoesNotGrowWithInput(string unit)
    {
        (long small, long smallTokens, _) = StreamTokens(unit, 1_000_000);
        (long large, long largeTokens, long covered) = StreamTokens(unit, 4_000_000);
        smallTokens.Should().BeGreaterThan(0);
        largeTokens.Should().BeGreaterThanOrEqualTo(smallTokens);
        covered.Should().BeLessThanOrEqualTo(4_000_000);
        large.Should().BeLessThan(8 << 20, "the window is capped at 1 M chars; 4 M chars of input must not be buffered");
        large.Should().BeLessThan(small + (4 << 20), "four times the input must not need four times the memory");
    }

    [Fact]
    public void TokenReader_LineWithoutSpaces_LosesNoText()
    {
        (_, long tokens, long covered) = StreamTokens(UrduWordNoSpace, 3_000_000);
        covered.Should().Be(3_000_000, "a word longer than the window is handed out in pieces, never dropped");
        tokens.Should().BeGreaterThan(1);
    }

    [Theory]
    [InlineData(UrduWordNoSpace)]
    [InlineData(Emoji)]
    [InlineData(OnlyPunctuation)]
    public void StreamingNormalize_HostileInput_MemoryDoesNotGrowWithInput(string unit)
    {
        long small = StreamNormalize("", unit, 2_000_000);
        long large = StreamNormalize("", unit, 8_000_000);
        large.Should().BeLessThan(16 << 20);
        large.Should().BeLessThan(small + (4 << 20));
    }

    [Fact]
    public void Normalize_LetterWithManyMarks_AllocatesLinearly()
    {
        string text = "\u0628" + string.Concat(Enumerable.Repeat("\u064E\u0651\u0650", 100_000));
        long before = GC.GetAllocatedBytesForCurrentThread();
        string normalized = UrduNormalizer.Default.Normalize(text);
        bool isNormalized = UrduNormalizer.Default.IsNormalized(normalized);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        isNormalized.Should().BeTrue();
        normalized.Length.Should().BeLessThanOrEqualTo(text.Length);
        allocated.Should().BeLessThan(text.Length * 2L * 8, "normalization may copy the text a few times, not once per mark");
    }

    [Fact]
    public void StreamingNormalize_LetterWithManyMarks_EqualsOnePass()
    {
        string text = "\u0628" + string.Concat(Enumerable.Repeat("\u064E\u0651\u0650", 100_000)) + " \u0627";
        var writer = new StringWriter();
        UrduNormalizer.Default.Normalize(new StringReader(text), writer);
        writer.ToString().Should().Be(UrduNormalizer.Default.Normalize(text));
    }

    [Fact]
    public void Tokenize_LetterWithManyMarks_IsOneWord()
    {
        string text = "\u0628" + string.Concat(Enumerable.Repeat("\u064E\u0651\u0650", 100_000));
        UrduTokenizer.CountTokens(text.AsSpan(0, 100)); // first use may initialize static tables
        int count = 0;
        Allocations.ShouldAllocateNothing(() => count = UrduTokenizer.CountTokens(text));
        count.Should().Be(1);
    }

    [Fact]
    public void CountTokens_HostileInputs_AllocatesNothing()
    {
        foreach (string unit in new[] { UrduWordNoSpace, WordsAndPunctuationNoSpace, Emoji, OnlyPunctuation })
        {
            string text = string.Concat(Enumerable.Repeat(unit, 50_000));
            UrduTokenizer.CountTokens(text.AsSpan(0, 100)); // first use may initialize static tables
            int count = 0;
            Allocations.ShouldAllocateNothing(() => count = UrduTokenizer.CountTokens(text), $"counting tokens of {unit} allocates nothing");
            count.Should().BeGreaterThan(0);
        }
    }
}
