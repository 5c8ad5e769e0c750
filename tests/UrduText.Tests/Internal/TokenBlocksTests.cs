using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using UrduText.Internal;
using UrduText.Tests.Properties;

namespace UrduText.Tests.Internal;

/// <summary>
/// The tokenizer's vector path (<see cref="TokenBlocks"/>): its ranges agree with the generated table, each vector width
/// classifies every code unit as the scalar forms say, and every path gives the scalar scanner's tokens. The same tests
/// run with <c>DOTNET_EnableHWIntrinsic=0</c> in CI, where the public API takes the scalar path and the 128-bit blocks
/// run in software.
/// </summary>
public class TokenBlocksTests
{
    /// <summary>The paths this machine can run: the scalar scanner, the 128-bit blocks, and the 256-bit blocks with AVX2.</summary>
    public static TheoryData<string> Paths()
    {
        var paths = new TheoryData<string>();
        foreach (TokenPath path in Invariants.TokenPaths)
        {
            paths.Add(path.ToString());
        }

        return paths;
    }



    [Fact]
    public void RangesAgreeWithTable_GeneratedTable_AllRangesAgree()
    {
        TokenBlocks.RangesAgreeWithTable().Should().BeTrue("the vector ranges must be a subset of what CharClassTable says");
    }

    [Fact]
    public void BestPath_ThisMachine_IsVectorExactlyWhenVectorsAreAccelerated()
    {
        TokenBlocks.IsEnabled.Should().Be(Vector128.IsHardwareAccelerated);
        (TokenBlocks.BestPath == TokenPath.ScalarBlocks).Should().Be(!Vector128.IsHardwareAccelerated);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Classify_EveryCodeUnit_MatchesTheScalarForms(string pathName)
    {
        TokenPath path = Enum.Parse<TokenPath>(pathName);
        if (path is TokenPath.Scalar or TokenPath.ScalarBlocks)
        {
            return; // they follow the table's classes, not the vector ranges; the token tests cover them
        }

        ushort[] all = new ushort[65536];
        for (int c = 0; c < all.Length; c++)
        {
            all[c] = (ushort)c;
        }

        ref ushort first = ref MemoryMarshal.GetArrayDataReference(all);
        for (int i = 0; i < all.Length; i += TokenBlocks.BlockLength)
        {
            uint known = path == TokenPath.Vector256
                ? TokenBlock256.Classify(ref first, i, out uint word, out uint mark, out uint digit, out uint punctuation)
                : TokenBlock128.Classify(ref first, i, out word, out mark, out digit, out punctuation);
            for (int k = 0; k < TokenBlocks.BlockLength; k++)
            {
                char c = (char)(i + k);
                bool isWord = TokenBlocks.IsWordUnit(c), isDigit = TokenBlocks.IsDigitUnit(c), isPunctuation = TokenBlocks.IsPunctuationUnit(c);
                Bit(word, k).Should().Be(isWord, $"word bit of U+{(int)c:X4}");
                Bit(digit, k).Should().Be(isDigit, $"digit bit of U+{(int)c:X4}");
                Bit(punctuation, k).Should().Be(isPunctuation, $"punctuation bit of U+{(int)c:X4}");
                Bit(known, k).Should().Be(isWord || isDigit || isPunctuation || TokenBlocks.IsSpaceUnit(c), $"known bit of U+{(int)c:X4}");
                if (isWord)
                {
                    Bit(mark, k).Should().Be(TokenBlocks.IsMarkUnit(c), $"mark bit of U+{(int)c:X4}");
                }
            }
        }

        static bool Bit(uint mask, int k) => ((mask >> k) & 1) != 0;
    }

    [Fact]
    public void Read_WholeCorpus_EveryPathEqualsScalarScanner()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus", "independent-urdu-putin-kim.txt"));
        Invariants.CheckTokenPaths(text);
        Invariants.CheckTokenPaths(text.Replace(' ', '\n'));
    }

    [Fact]
    public void Read_RandomText_EveryPathEqualsScalarScanner()
    {
        var random = new Random(1313);
        for (int round = 0; round < 400; round++)
        {
            Invariants.CheckTokenPaths(RandomText(random, random.Next(1, 200)));
        }
    }

    [Fact]
    public void Read_EdgesAtEveryBlockOffset_EveryPathEqualsScalarScanner()
    {
        // Each hard piece at every offset of a block of plain words, so that it meets the look-ahead code unit, the
        // block start and a word that runs over the block end.
        string[] hard =
        [
            "1990ء", "3.5", "12", "1,500", "(12)", "\u06D4\u06D4\u06D4", "\u061F\u061F", "!!", "..", "**", "*\uFE0F\u20E3", "#\u06A9",
            "\u064E\u0628", "\u0670", "\u06A9\u200C\u06A9", "\u06A9_\u06A9", "\u06A9\u0651", "(\u064E", "\u201C\u06A9\u201D", "12\u06A9",
            "\u06A9" + new string('\u0627', 40), "info@x.pk", "https://x.pk/a", "\U0001F44D\U0001F3FD", "\uD800", "\u00A0", "\r\n", "A.B.",
        ];
        foreach (string piece in hard)
        {
            for (int offset = 0; offset < 40; offset++)
            {
                string text = new string('\u0627', offset % 7) + " " + string.Concat(Enumerable.Repeat("\u06A9\u062A\u0627\u0628 ", offset / 5))
                    + piece + " \u06A9\u06C1\u0627\u06D4 " + piece + piece + new string('\u06CC', offset) + " \u06A9\u0631";
                Invariants.CheckTokenPaths(text[..Math.Max(0, text.Length - (offset % 3))]);
            }
        }
    }

    // Mostly Urdu words, spaces and common punctuation (what the blocks settle), with every kind of thing they must
    // hand to the scalar scanner mixed in.
    static readonly string[] s_pieces =
    [
        "\u06A9\u062A\u0627\u0628", "\u067E\u0627\u06A9\u0633\u062A\u0627\u0646", "\u06C1\u06D2", "\u0645\u06CC\u06BA", "\u06A9\u06D2", "\u0627",
        " ", " ", " ", " ", "\n", "\t", "\r\n", "\u00A0", "\u06D4", "\u060C", "(", ")", ":", "\"", "-", ".", ",", "/", "*", "\u2018", "\u201D",
        "\u064E", "\u0650", "\u0651", "\u0670", "\u0640", "\u200C", "\u200D", "\u200B", "_", "\u061F", "\u061B", "!", "?", "\u2026",
        "0", "1", "19", "2023", "3.5", "1,500", "\u06F2\u06F0", "\u0661", "\u0621", "\u06BE", "%", "\u066A", "#", "@", "+", "'",
        "A", "Smith", "U.S.", "https://x.pk", "a@b.pk", "\U0001F44D", "\uFE0F", "\u20E3", "\uD83D", "\uDC4D", "\uFEFB", "\u0915",
    ];

    static string RandomText(Random random, int pieces)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < pieces; i++)
        {
            sb.Append(random.Next(12) == 0 ? ((char)random.Next(0x10000)).ToString() : s_pieces[random.Next(s_pieces.Length)]);
        }

        return sb.ToString();
    }
}
