using System.Buffers;

namespace UrduText;

/// <summary>Turns Arabic-script text as it really arrives (Arabic keyboards, PDF presentation forms, kashida, stray controls) into canonical Urdu.</summary>
public sealed class UrduNormalizer
{
    /// <summary>Creates a normalizer that applies <paramref name="options"/>.</summary>
    /// <param name="options">The rules to apply.</param>
    public UrduNormalizer(UrduNormalizationOptions options) => Options = options;

    /// <summary>The shared meaning-preserving normalizer (<see cref="UrduNormalizationOptions.Default"/>). Thread-safe.</summary>
    public static UrduNormalizer Default { get; } = new(UrduNormalizationOptions.Default);

    /// <summary>The shared search normalizer (<see cref="UrduNormalizationOptions.Search"/>). Thread-safe.</summary>
    public static UrduNormalizer Search { get; } = new(UrduNormalizationOptions.Search);

    /// <summary>The rules this instance applies.</summary>
    public UrduNormalizationOptions Options { get; }

    /// <summary>Normalizes <paramref name="text"/>; returns the same instance when nothing changes.</summary>
    /// <param name="text">The text to normalize.</param>
    /// <returns>The normalized text.</returns>
    public string Normalize(string text) => throw new NotImplementedException();

    /// <summary>Normalizes <paramref name="source"/> into <paramref name="destination"/>.</summary>
    /// <param name="source">The text to normalize.</param>
    /// <param name="destination">Where the normalized text is written.</param>
    /// <param name="charsConsumed">How much of <paramref name="source"/> was processed.</param>
    /// <param name="charsWritten">How much of <paramref name="destination"/> was written.</param>
    /// <param name="isFinalBlock"><see langword="false"/> when more text follows <paramref name="source"/>.</param>
    /// <returns><see cref="OperationStatus.Done"/>, <see cref="OperationStatus.DestinationTooSmall"/> or <see cref="OperationStatus.NeedMoreData"/>.</returns>
    public OperationStatus Normalize(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten, bool isFinalBlock = true)
        => throw new NotImplementedException();

    /// <summary>True when normalizing <paramref name="text"/> would not change it.</summary>
    /// <param name="text">The text to check.</param>
    /// <returns>Whether the text is already normalized.</returns>
    public bool IsNormalized(ReadOnlySpan<char> text) => throw new NotImplementedException();

    /// <summary>The largest output <paramref name="sourceLength"/> characters can normalize to.</summary>
    /// <param name="sourceLength">Input length in UTF-16 code units.</param>
    /// <returns>A destination length that always suffices.</returns>
    public int GetMaxNormalizedLength(int sourceLength) => throw new NotImplementedException();
}
