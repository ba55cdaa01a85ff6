namespace Lint.Configuration;

/// <summary>
/// One .editorconfig (or .globalconfig) file: its preamble (<c>root = true</c>, <c>is_global = true</c> and, in a global
/// config, the properties that apply to every file) and its sections in order, each with its properties and lines.
/// Keys are compared without regard to case, as the format requires; keys and values keep their case for messages.
/// </summary>
public sealed class EditorConfigFile
{
    /// <summary>A <c>key = value</c> line.</summary>
    public sealed record Property(string Key, string Value, int Line);

    /// <summary>A <c>[glob]</c> section; <see cref="Glob"/> is null when the glob is malformed.</summary>
    public sealed record Section(string Name, EditorConfigGlob? Glob, IReadOnlyList<Property> Properties, int Line);

    private EditorConfigFile(IReadOnlyList<Property> preamble, IReadOnlyList<Section> sections)
    {
        Preamble = preamble;
        Sections = sections;
    }

    /// <summary>Properties before the first section.</summary>
    public IReadOnlyList<Property> Preamble { get; }

    /// <summary>The sections in file order.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Whether the preamble says <c>root = true</c>: folders above are not read.</summary>
    public bool IsRoot => Preamble.Any(p => p.Key.Equals("root", StringComparison.OrdinalIgnoreCase) && p.Value.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the preamble says <c>is_global = true</c>.</summary>
    public bool IsGlobal => Preamble.Any(p => p.Key.Equals("is_global", StringComparison.OrdinalIgnoreCase) && p.Value.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Parses the text; lines that are neither sections nor properties nor comments are ignored, as editors do.</summary>
    public static EditorConfigFile Parse(string text)
    {
        var preamble = new List<Property>();
        var sections = new List<Section>();
        List<Property>? current = null;
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';') continue;
            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                var name = line.Substring(1, line.Length - 2);
                current = [];
                sections.Add(new Section(name, EditorConfigGlob.TryCreate(name), current, i + 1));
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0) continue;
            var property = new Property(line.Substring(0, equals).Trim(), StripComment(line.Substring(equals + 1)).Trim(), i + 1);
            (current ?? preamble).Add(property);
        }

        return new EditorConfigFile(preamble, sections);
    }

    /// <summary>The properties that apply to <paramref name="relativePath"/>, later ones overriding earlier ones.</summary>
    public IEnumerable<Property> PropertiesFor(string relativePath)
    {
        if (IsGlobal)
        {
            foreach (var property in Preamble.Where(p => !p.Key.Equals("is_global", StringComparison.OrdinalIgnoreCase))) yield return property;
        }

        foreach (var section in Sections)
        {
            if (section.Glob is null || !section.Glob.IsMatch(relativePath)) continue;
            foreach (var property in section.Properties) yield return property;
        }
    }

    /// <summary>A value may end in a comment after a space ("error # house rule"); a bare # inside a value stays.</summary>
    private static string StripComment(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] is '#' or ';' && char.IsWhiteSpace(value[i - 1])) return value.Substring(0, i);
        }

        return value;
    }
}
