using System.Runtime.Intrinsics.X86;
using UrduText.Internal;

namespace UrduText.Tests.Properties;

public static partial class Invariants
{
    /// <summary>The tokenizer paths this machine runs: the scalar scanner, the blocks without vectors, the 128-bit blocks (the ARM64 width, in software without intrinsics), and the 256-bit blocks with AVX2.</summary>
    internal static TokenPath[] TokenPaths { get; } =
        Avx2.IsSupported
            ? [TokenPath.Scalar, TokenPath.ScalarBlocks, TokenPath.Vector128, TokenPath.Vector256]
            : [TokenPath.Scalar, TokenPath.ScalarBlocks, TokenPath.Vector128];

    /// <summary>Vector == scalar: every path's cursor and counting loop give the scalar scanner's tokens.</summary>
    internal static void CheckTokenPaths(string text)
    {
        var expected = new List<UrduToken>();
        int position = 0;
        while (TokenScanner.TryRead(text, position, out UrduToken token))
        {
            expected.Add(token);
            position = token.End;
        }

        foreach (TokenPath path in TokenPaths)
        {
            var cursor = new TokenCursor(path);
            int i = 0;
            UrduToken next;
            while ((next = cursor.Read(text)).Length != 0)
            {
                if (i >= expected.Count || next != expected[i])
                {
                    throw new InvariantException($"the {path} path gives {next} as token {i}, the scalar scanner {(i < expected.Count ? expected[i] : "nothing")}, in {Escape(text)}");
                }

                i++;
            }

            if (i != expected.Count || cursor.Read(text).Length != 0)
            {
                throw new InvariantException($"the {path} path ends after {i} tokens, the scalar scanner after {expected.Count}, in {Escape(text)}");
            }

            int count = path switch
            {
                TokenPath.Vector256 => TokenBlocks.Count<TokenBlock256>(text),
                TokenPath.Vector128 => TokenBlocks.Count<TokenBlock128>(text),
                TokenPath.ScalarBlocks => TokenBlocks.Count<TokenBlockScalar>(text),
                _ => TokenScanner.Count(text),
            };
            if (count != expected.Count)
            {
                throw new InvariantException($"the {path} count is {count}, the scalar scanner's {expected.Count}, in {Escape(text)}");
            }
        }
    }
}
