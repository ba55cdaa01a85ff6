using System.Text;
using Lint.Rules;

namespace Lint.Reporting;

/// <summary>Wording derived from a rule descriptor for reports: PascalCase names and sentences that end with a stop.</summary>
public static class RuleText
{
    /// <summary>"unclosed-quotation" → "UnclosedQuotation".</summary>
    public static string PascalName(RuleDescriptor rule)
    {
        var sb = new StringBuilder();
        foreach (var part in rule.Name.Split('-'))
        {
            if (part.Length == 0) continue;
            sb.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        }

        return sb.ToString();
    }

    /// <summary>The text with a final period unless it already ends a sentence.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return trimmed;
        var last = trimmed[trimmed.Length - 1];
        return last is '.' or '?' or '!' or '…' ? trimmed : trimmed + ".";
    }
}
