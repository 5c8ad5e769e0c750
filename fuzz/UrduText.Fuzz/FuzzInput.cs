using System.Text;
using UrduText.Tests.Properties;

namespace UrduText.Fuzz;

/// <summary>
/// Turns fuzzer bytes into text three ways, chosen by the first byte, so that mutations reach the hard parts quickly:
/// raw UTF-16 (lone surrogates, any code unit), UTF-8 (what files hold), and a piece grammar over <see cref="HardPieces"/>.
/// </summary>
internal static class FuzzInput
{
    public const byte Utf16Mode = 0;
    public const byte Utf8Mode = 1;
    public const byte PieceMode = 2;

    /// <summary>The Readable transliterator decodes unseen words slowly (tens of ms), so the fuzzer checks it on one input in this many.</summary>
    public static int ReadableEvery { get; set; } = 200;

    /// <summary>The streaming readers allocate a window per check; the fuzzer runs them on one input in this many.</summary>
    public static int StreamEvery { get; set; } = 16;

    /// <summary>Full invariants (chunked and streamed re-runs, every option set) on one input in this many, quick ones on the rest.</summary>
    public static int FullEvery { get; set; } = 32;

    public static string Decode(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return "";
        }

        ReadOnlySpan<byte> body = data[1..];
        switch (data[0] % 3)
        {
            case Utf16Mode:
                return new string(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, char>(body[..(body.Length & ~1)]));
            case Utf8Mode:
                return Encoding.UTF8.GetString(body);
            default:
                var sb = new StringBuilder();
                for (int i = 0; i + 1 < body.Length; i += 2)
                {
                    int category = body[i] % (HardPieces.All.Length + 1);
                    if (category == HardPieces.All.Length)
                    {
                        // A literal code unit from the Arabic block or anywhere, so the grammar can leave its lists.
                        sb.Append(body[i] >= 128 ? (char)(0x0600 + body[i + 1]) : (char)(body[i + 1] | (body[i] << 8)));
                    }
                    else
                    {
                        string[] pieces = HardPieces.All[category];
                        sb.Append(pieces[body[i + 1] % pieces.Length]);
                    }
                }

                return sb.ToString();
        }
    }

    /// <summary>Encodes text for a mode, used to turn the seed corpus and dictionary pieces into inputs.</summary>
    public static byte[] Encode(string text, byte mode) => mode switch
    {
        Utf16Mode => [Utf16Mode, .. System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan())],
        _ => [Utf8Mode, .. Encoding.UTF8.GetBytes(text)],
    };

    /// <summary>Runs every invariant on the decoded input; throws <see cref="InvariantException"/> or whatever the library threw.</summary>
    public static void Run(ReadOnlySpan<byte> data)
    {
        Invariants.ReadableEvery = ReadableEvery;
        Invariants.StreamEvery = StreamEvery;
        string text = Decode(data);
        Invariants.FullEvery = FullEvery;
        Invariants.CheckSampled(text, new Random(PropertySeed.Of(text)));
    }
}
