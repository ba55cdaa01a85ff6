namespace Lint.Checks;

/// <summary>Gives a replacement the case of the text it replaces, so that "Teh" becomes "The" and "TEH" becomes "THE".</summary>
internal static class CaseMatch
{
    /// <summary>
    /// <paramref name="replacement"/> as written when it has capitals of its own ("U.S."); otherwise upper case for an
    /// all-capital <paramref name="original"/> of two letters or more, and a capital first letter for a capitalised one.
    /// </summary>
    public static string Apply(string replacement, string original)
    {
        if (replacement.Any(char.IsUpper) || original.Length == 0) return replacement;
        var letters = original.Where(char.IsLetter).ToList();
        if (letters.Count >= 2 && letters.All(char.IsUpper)) return replacement.ToUpperInvariant();
        var first = original.FirstOrDefault(char.IsLetter);
        if (first != default && char.IsUpper(first)) return Capitalize(replacement);
        return replacement;
    }

    /// <summary>The text with its first letter in upper case.</summary>
    public static string Capitalize(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i])) return text.Substring(0, i) + char.ToUpperInvariant(text[i]) + text.Substring(i + 1);
        }

        return text;
    }

    /// <summary>The text with its first letter in lower case.</summary>
    public static string Decapitalize(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i])) return text.Substring(0, i) + char.ToLowerInvariant(text[i]) + text.Substring(i + 1);
        }

        return text;
    }
}
