namespace UrduText;

/// <summary>A set of <see cref="UrduTokenKind"/> values, to enumerate or count only some kinds of token.</summary>
/// <remarks>Each flag is <c>1 &lt;&lt; (int)kind</c>; <see cref="UrduTokenKindsExtensions.ToKinds"/> converts a single kind.</remarks>
[Flags]
public enum UrduTokenKinds
{
    /// <summary>No kind.</summary>
    None = 0,
    /// <summary><see cref="UrduTokenKind.Word"/>.</summary>
    Word = 1 << UrduTokenKind.Word,
    /// <summary><see cref="UrduTokenKind.LatinWord"/>.</summary>
    LatinWord = 1 << UrduTokenKind.LatinWord,
    /// <summary><see cref="UrduTokenKind.Number"/>.</summary>
    Number = 1 << UrduTokenKind.Number,
    /// <summary><see cref="UrduTokenKind.Punctuation"/>.</summary>
    Punctuation = 1 << UrduTokenKind.Punctuation,
    /// <summary><see cref="UrduTokenKind.Symbol"/>.</summary>
    Symbol = 1 << UrduTokenKind.Symbol,
    /// <summary><see cref="UrduTokenKind.Url"/>.</summary>
    Url = 1 << UrduTokenKind.Url,
    /// <summary><see cref="UrduTokenKind.Email"/>.</summary>
    Email = 1 << UrduTokenKind.Email,
    /// <summary><see cref="UrduTokenKind.Mention"/>.</summary>
    Mention = 1 << UrduTokenKind.Mention,
    /// <summary><see cref="UrduTokenKind.Hashtag"/>.</summary>
    Hashtag = 1 << UrduTokenKind.Hashtag,
    /// <summary><see cref="UrduTokenKind.Emoji"/>.</summary>
    Emoji = 1 << UrduTokenKind.Emoji,
    /// <summary><see cref="UrduTokenKind.Other"/>.</summary>
    Other = 1 << UrduTokenKind.Other,
    /// <summary>Words in Urdu or Latin script.</summary>
    Words = Word | LatinWord,
    /// <summary>Everything that carries meaning in running text: words, numbers, URLs, e-mails, mentions and hashtags (no punctuation, symbols, emoji or others).</summary>
    Content = Word | LatinWord | Number | Url | Email | Mention | Hashtag,
    /// <summary>Every kind.</summary>
    All = Word | LatinWord | Number | Punctuation | Symbol | Url | Email | Mention | Hashtag | Emoji | Other,
}

/// <summary>Helpers for <see cref="UrduTokenKind"/> and <see cref="UrduTokenKinds"/>.</summary>
public static class UrduTokenKindsExtensions
{
    /// <summary>The set that holds only <paramref name="kind"/>.</summary>
    /// <param name="kind">A token kind.</param>
    /// <returns><c>1 &lt;&lt; (int)kind</c> as a <see cref="UrduTokenKinds"/>.</returns>
    public static UrduTokenKinds ToKinds(this UrduTokenKind kind) => (UrduTokenKinds)(1 << (int)kind);

    /// <summary>True when <paramref name="kinds"/> holds <paramref name="kind"/>.</summary>
    /// <param name="kinds">A set of kinds.</param>
    /// <param name="kind">The kind to look for.</param>
    /// <returns><see langword="true"/> when the set contains the kind.</returns>
    public static bool Contains(this UrduTokenKinds kinds, UrduTokenKind kind) => ((uint)kinds & (1u << (int)kind)) != 0;
}
