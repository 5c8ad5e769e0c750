namespace UrduText.Internal;

/// <summary>
/// Recognizes URLs (with a scheme, starting with <c>www.</c>, or a bare domain with a common top-level domain)
/// and e-mail addresses, so that their dots, slashes and question marks are never split off and never end a
/// sentence.
/// </summary>
/// <remarks>
/// The host is ASCII (letters, digits, '-', '.'); the path, query and fragment may also hold letters, marks and
/// digits of any script (<c>https://ur.wikipedia.org/wiki/پاکستان</c>). A URL stops at whitespace, at Urdu
/// punctuation (، ؛ ۔ ؟), at quotes other than the apostrophe, and at emoji. As in GitHub's autolinks, trailing
/// <c>. , : ; ! ? ' *</c> and unbalanced closing brackets are left out, so a sentence-final <c>.</c> or <c>۔</c>
/// after a URL is its own token.
/// </remarks>
internal static class UrlScanner
{
    // Top-level domains common enough in Urdu web text that a bare "name.tld" is taken as a URL. Only lowercase
    // matches count, so a missing space after a full stop ("home.In the") rarely looks like a domain.
    static readonly string[] s_bareTopLevelDomains =
    [
        "ae", "ai", "app", "biz", "co", "com", "dev", "edu", "gov", "in", "info", "io", "me", "net", "org", "pk", "sa",
        "tv", "uk", "us",
    ];

    /// <summary>
    /// Tries to read a URL starting at <paramref name="start"/>: <c>scheme://host…</c>, <c>www.host…</c>, or
    /// <c>host.tld…</c> with a top-level domain from a short list.
    /// </summary>
    public static bool TryScan(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        int i = start;
        bool bare = false;
        int scheme = SchemeLength(text, start);
        if (scheme > 0)
        {
            i = start + scheme + 3;
            if (i >= text.Length || !IsHostChar(text[i]))
            {
                return false;
            }
        }
        else if (!StartsWithWww(text, start))
        {
            bare = true;
        }

        int hostStart = i;
        int lastDot = -1;
        while (i < text.Length && IsHostChar(text[i]))
        {
            if (text[i] == '.')
            {
                if (i == hostStart || text[i - 1] == '.')
                {
                    break;
                }

                lastDot = i;
            }

            i++;
        }

        // A trailing dot is a full stop, not part of the host.
        if (i > hostStart && text[i - 1] == '.')
        {
            i--;
            lastDot = text[hostStart..i].LastIndexOf('.');
            lastDot = lastDot < 0 ? -1 : hostStart + lastDot;
        }

        // Without a scheme the host needs a dot of its own: "www.x" alone is not a URL, "www.x.pk" is.
        if (i == hostStart || (scheme == 0 && lastDot < (bare ? hostStart : hostStart + 4)))
        {
            return false;
        }

        if (bare && !IsBareTopLevelDomain(text[(lastDot + 1)..i]))
        {
            return false;
        }

        // Port.
        if (i + 1 < text.Length && text[i] == ':' && char.IsAsciiDigit(text[i + 1]))
        {
            i += 2;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && text[i] is '/' or '?' or '#')
        {
            i = ScanPath(text, i);
        }

        end = i;
        return true;
    }

    /// <summary>
    /// Tries to read an e-mail address starting at <paramref name="start"/>: a local part of ASCII letters, digits
    /// and <c>. _ % + -</c>, an '@', and a domain of at least two labels.
    /// </summary>
    public static bool TryScanEmail(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        int i = start;
        while (i < text.Length && IsLocalChar(text[i]))
        {
            i++;
        }

        if (i == start || i + 1 >= text.Length || text[i] != '@' || text[i - 1] == '.' || text[start] == '.')
        {
            return false;
        }

        i++;
        int domainStart = i;
        int labels = 0;
        int labelStart = i;
        int lastGoodEnd = -1;
        while (true)
        {
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }

            if (i == labelStart)
            {
                break;
            }

            labels++;
            if (labels >= 2 && ContainsAsciiLetter(text[labelStart..i]))
            {
                lastGoodEnd = i;
            }

            if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                i++;
                labelStart = i;
                continue;
            }

            break;
        }

        if (lastGoodEnd < 0 || lastGoodEnd <= domainStart)
        {
            return false;
        }

        end = lastGoodEnd;
        return true;
    }

    static int ScanPath(ReadOnlySpan<char> text, int i)
    {
        int pathStart = i;
        int parens = 0;
        int brackets = 0;
        while (i < text.Length && IsPathChar(text[i]))
        {
            switch (text[i])
            {
                case '(':
                    parens++;
                    break;
                case ')':
                    parens--;
                    break;
                case '[':
                    brackets++;
                    break;
                case ']':
                    brackets--;
                    break;
            }

            i++;
        }

        while (i > pathStart + 1)
        {
            char last = text[i - 1];
            if (last is '.' or ',' or ':' or ';' or '!' or '?' or '\'' or '*')
            {
                i--;
            }
            else if (last == ')' && parens < 0)
            {
                parens++;
                i--;
            }
            else if (last == ']' && brackets < 0)
            {
                brackets++;
                i--;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    static bool IsPathChar(char c)
    {
        if (c < 0x80)
        {
            return c > ' ' && c != '\u007F' && c is not ('"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}');
        }

        CharClass cls = CharClasses.Of(c);
        return CharClasses.IsLetter(cls) || CharClasses.IsDigit(cls)
            || cls is CharClass.CombiningMark or CharClass.ZeroWidthNonJoiner or CharClass.Tatweel;
    }

    static bool IsHostChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.';

    static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    static bool ContainsAsciiLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsAsciiLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Length of an ASCII-letter scheme followed by "://", or 0.</summary>
    static int SchemeLength(ReadOnlySpan<char> text, int start)
    {
        int i = start;
        while (i < text.Length && i - start <= 16 && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '-' or '.'))
        {
            i++;
        }

        if (i > start && char.IsAsciiLetter(text[start]) && text[i..].StartsWith("://", StringComparison.Ordinal))
        {
            return i - start;
        }

        return 0;
    }

    static bool StartsWithWww(ReadOnlySpan<char> text, int start) =>
        text[start..].StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        && start + 4 < text.Length && char.IsAsciiLetterOrDigit(text[start + 4]);

    static bool IsBareTopLevelDomain(ReadOnlySpan<char> tld)
    {
        foreach (string candidate in s_bareTopLevelDomains)
        {
            if (tld.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
