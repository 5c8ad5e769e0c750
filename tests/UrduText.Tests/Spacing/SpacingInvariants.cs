using System.Buffers;
using System.Text;
using CsCheck;
using UrduText.Tests.Properties;

namespace UrduText.Tests.Spacing;

/// <summary>The invariants every spacing repair must keep, checked on any text.</summary>
public static class SpacingInvariants
{
    /// <summary>Checks the invariants on 1,500 texts drawn from <paramref name="gen"/>, each with its own seeded random.</summary>
    public static void Sample(Gen<string> gen, UrduSpacingRepairer repairer) =>
        gen.Sample(text => Check(repairer, text, new Random(PropertySeed.Of(text))), iter: PropertySeed.Iterations(1500));

    public static void Check(UrduSpacingRepairer repairer, string text, Random random)
    {
        string repaired = repairer.Repair(text);

        // Only spaces are inserted (and, when joining, removed or made ZWNJ): every other char is kept, in order.
        if (repairer.JoinsSplitWords)
        {
            StripWithZwnj(repaired).Should().Be(StripWithZwnj(text), "repair only inserts, removes or replaces spaces");
        }
        else
        {
            Strip(repaired).Should().Be(Strip(text), "repair only inserts spaces");
        }

        // The edits say exactly where.
        var expected = new StringBuilder();
        int from = 0;
        int previous = -1;
        foreach (UrduSpacingEdit edit in repairer.EnumerateEdits(text))
        {
            edit.Position.Should().BeGreaterThan(previous).And.BeGreaterThan(0).And.BeLessThan(text.Length);
            expected.Append(text, from, edit.Position - from);
            if (edit.Kind == UrduSpacingEditKind.InsertSpace)
            {
                UrduSpacingRepairer.IsNonJoining(text[edit.Position - 1]).Should().BeTrue("a space is restored only after a non-joining letter");
                expected.Append(' ');
                from = edit.Position;
            }
            else
            {
                repairer.JoinsSplitWords.Should().BeTrue("only a joining repairer removes spaces");
                text[edit.Position].Should().Be(' ', "a join takes out a space");
                if (edit.Kind == UrduSpacingEditKind.ReplaceSpaceWithZwnj)
                {
                    UrduSpacingRepairer.IsNonJoining(text[edit.Position - 1]).Should().BeFalse("a ZWNJ only keeps a joining letter from joining");
                    expected.Append('\u200C');
                }

                from = edit.Position + 1;
            }

            previous = edit.Position;
        }

        expected.Append(text, from, text.Length - from);
        repaired.Should().Be(expected.ToString());
        if (previous < 0)
        {
            repaired.Should().BeSameAs(text);
        }

        // Idempotent.
        repairer.Repair(repaired).Should().Be(repaired, "repairing repaired text changes nothing");

        // Streaming (resuming after DestinationTooSmall with random small buffers) equals one shot.
        Streamed(repairer, text, random).Should().Be(repaired);

        // Line by line (what the CLI does) equals one shot.
        string.Join('\n', text.Split('\n').Select(repairer.Repair)).Should().Be(repaired);
    }

    static string Strip(string s) => s.Replace(" ", "", StringComparison.Ordinal);

    static string StripWithZwnj(string s) => Strip(s).Replace("\u200C", "", StringComparison.Ordinal);

    static string Streamed(UrduSpacingRepairer repairer, string text, Random random)
    {
        var output = new StringBuilder();
        ReadOnlySpan<char> rest = text;
        char[] buffer = new char[UrduSpacingRepairer.GetMaxRepairedLength(text.Length) + 1];
        int size = random.Next(1, 32);
        while (true)
        {
            size = Math.Min(size, buffer.Length);
            OperationStatus status = repairer.Repair(rest, buffer.AsSpan(0, size), out int consumed, out int written);
            output.Append(buffer, 0, written);
            rest = rest[consumed..];
            if (status == OperationStatus.Done)
            {
                rest.Length.Should().Be(0);
                return output.ToString();
            }

            status.Should().Be(OperationStatus.DestinationTooSmall);
            size = consumed == 0 ? size * 2 : random.Next(1, 32);
        }
    }
}
