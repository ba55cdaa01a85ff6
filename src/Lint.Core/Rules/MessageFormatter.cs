using System.Text;
using System.Text.RegularExpressions;

namespace Lint.Rules;

/// <summary>Fills <c>{name}</c> placeholders in a rule's message from the arguments a check reports.</summary>
internal static partial class MessageFormatter
{
    private const string PlaceholderPattern = @"\{([a-z][a-z0-9_\-]*)\}";

    [GeneratedRegex(PlaceholderPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder { get; }

    /// <summary>The placeholder names a message uses.</summary>
    public static IEnumerable<string> Placeholders(string format) =>
        Placeholder.Matches(format).Cast<Match>().Select(m => m.Groups[1].Value);

    /// <summary>Replaces each placeholder with its argument; unknown ones stay as written.</summary>
    public static string Format(string format, IReadOnlyDictionary<string, string> arguments)
    {
        if (format.IndexOf('{') < 0) return format;

        // A rule's message is read once into its parts, not once per finding (an archive can have thousands).
        if (!Parsed.TryGetValue(format, out var parts))
        {
            parts = Parse(format);
            if (Parsed.Count < MaxParsed) Parsed.TryAdd(format, parts);
        }

        var sb = new StringBuilder(format.Length + 32);
        foreach (var part in parts)
        {
            sb.Append(part.Name is { } name && arguments.TryGetValue(name, out var value) ? value : part.Text);
        }

        return sb.ToString();
    }

    private const int MaxParsed = 1024;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Part[]> Parsed = new(StringComparer.Ordinal);

    /// <summary>Literal text, or a placeholder: its name, and its text as written for when no argument fills it.</summary>
    private readonly record struct Part(string Text, string? Name);

    private static Part[] Parse(string format)
    {
        var parts = new List<Part>();
        var last = 0;
        foreach (Match match in Placeholder.Matches(format))
        {
            if (match.Index > last) parts.Add(new Part(format.Substring(last, match.Index - last), null));
            parts.Add(new Part(match.Value, match.Groups[1].Value));
            last = match.Index + match.Length;
        }

        if (last < format.Length) parts.Add(new Part(format.Substring(last), null));
        return [.. parts];
    }
}
