using Microsoft.ML.Tokenizers;

namespace UrduText.Tokenizers;

/// <summary>
/// A Microsoft.ML.Tokenizers <see cref="Normalizer"/> that applies a <see cref="UrduNormalizer"/> (by default
/// <see cref="UrduNormalizer.Default"/>, the meaning-preserving profile) before a BPE or Tiktoken model sees the text.
/// Arabic-keyboard letters, presentation forms, kashida and invisible characters otherwise cost extra tokens and
/// split the same word into different token sequences.
/// </summary>
/// <remarks>
/// Token offsets reported by the tokenizer refer to the normalized text, which the tokenizer returns as
/// <c>normalizedText</c>; pass <c>considerNormalization: false</c> to skip normalization for one call.
/// </remarks>
public sealed class UrduMlNormalizer : Normalizer
{
    /// <summary>The shared instance over <see cref="UrduNormalizer.Default"/>.</summary>
    public static UrduMlNormalizer Instance { get; } = new(UrduNormalizer.Default);

    /// <summary>The shared instance over <see cref="UrduNormalizer.Search"/> (also removes diacritics, folds digits to ASCII, lower-cases Latin).</summary>
    public static UrduMlNormalizer Search { get; } = new(UrduNormalizer.Search);

    /// <summary>Creates a normalizer that applies <paramref name="normalizer"/>.</summary>
    /// <param name="normalizer">The UrduText normalizer to apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="normalizer"/> is <see langword="null"/>.</exception>
    public UrduMlNormalizer(UrduNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        UrduNormalizer = normalizer;
    }

    /// <summary>The UrduText normalizer this adapter applies.</summary>
    public UrduNormalizer UrduNormalizer { get; }

    /// <summary>Normalizes <paramref name="original"/>; returns the same instance when nothing changes.</summary>
    /// <param name="original">The text.</param>
    /// <returns>The normalized text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="original"/> is <see langword="null"/>.</exception>
    public override string Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        return UrduNormalizer.Normalize(original);
    }

    /// <summary>Normalizes <paramref name="original"/> into a new string.</summary>
    /// <param name="original">The text.</param>
    /// <returns>The normalized text.</returns>
    public override string Normalize(ReadOnlySpan<char> original)
    {
        if (original.IsEmpty)
        {
            return string.Empty;
        }

        int max = UrduNormalizer.GetMaxNormalizedLength(original.Length);
        char[]? rented = null;
        Span<char> buffer = max <= 512 ? stackalloc char[512] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(max));
        try
        {
            UrduNormalizer.Normalize(original, buffer, out _, out int written);
            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
