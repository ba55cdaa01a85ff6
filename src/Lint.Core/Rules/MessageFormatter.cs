using System.Text;
using System.Text.RegularExpressions;

namespace Lint.Rules;

/// <summary>Fills <c>{name}</c> placeholders in a rule's message from the arguments a check reports.</summary>
public static partial class MessageFormatter
{
    private const string PlaceholderPattern = @"\{([a-z][a-z0-9_\-]*)\}";

#if NET7_0_OR_GREATER
    [GeneratedRegex(PlaceholderPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder { get; }
#else
    private static Regex Placeholder { get; } = new(PlaceholderPattern, RegexOptions.CultureInvariant);
#endif

    /// <summary>The placeholder names a message uses.</summary>
    public static IEnumerable<string> Placeholders(string format) =>
        Placeholder.Matches(format).Cast<Match>().Select(m => m.Groups[1].Value);

    /// <summary>Replaces each placeholder with its argument; unknown ones stay as written.</summary>
    public static string Format(string format, IReadOnlyDictionary<string, string> arguments)
    {
        if (format.IndexOf('{') < 0) return format;
        var sb = new StringBuilder(format.Length + 32);
        var last = 0;
        foreach (Match match in Placeholder.Matches(format))
        {
            sb.Append(format, last, match.Index - last);
            sb.Append(arguments.TryGetValue(match.Groups[1].Value, out var value) ? value : match.Value);
            last = match.Index + match.Length;
        }

        sb.Append(format, last, format.Length - last);
        return sb.ToString();
    }
}
