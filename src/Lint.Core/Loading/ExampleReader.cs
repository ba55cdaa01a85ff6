using Lint.Articles;
using Lint.Configuration;
using Lint.Rules;
using YamlDotNet.RepresentationModel;

namespace Lint.Loading;

/// <summary>
/// A rule file's <c>examples:</c>: texts the rule must flag and texts it must pass, each plain or a mapping with
/// <c>text</c>, <c>format</c> and <c>fixed</c>, and the <c>as-of</c> date they assume.
/// </summary>
internal static class ExampleReader
{
    private static readonly string[] ExampleKeys = ["as-of", "flag", "pass"];
    private static readonly string[] ExampleItemKeys = ["text", "format", "fixed"];

    /// <summary>The examples (none when the key is absent); <paramref name="asOf"/> is their date when they give one.</summary>
    public static IReadOnlyList<RuleExample> Read(RuleMapping keys, out ReferenceDate? asOf)
    {
        asOf = null;
        var reader = keys.Reader;
        if (keys.Value("examples") is not { } value) return [];
        if (value is not YamlMappingNode examplesNode)
        {
            reader.Error(EngineRules.InvalidValue, value, "'examples' must be a mapping with 'flag' and 'pass' lists");
            return [];
        }

        var list = new List<RuleExample>();
        foreach (var child in examplesNode.Children)
        {
            var key = (child.Key as YamlScalarNode)?.Value ?? string.Empty;
            switch (key)
            {
                case "as-of":
                    if (child.Value is YamlScalarNode { Value: { } dateText } && ReferenceDate.TryParse(dateText, out var date)) asOf = date;
                    else reader.Error(EngineRules.InvalidValue, child.Value, "'examples.as-of' must be a date, YYYY-MM-DD");
                    break;
                case "flag" or "pass":
                    if (child.Value is not YamlSequenceNode items)
                    {
                        reader.Error(EngineRules.InvalidValue, child.Value, $"'examples.{key}' must be a list of examples");
                        break;
                    }

                    foreach (var item in items)
                    {
                        if (ReadOne(reader, item, key == "flag") is { } example) list.Add(example);
                    }

                    break;
                default:
                    reader.Error(EngineRules.UnknownKey, child.Key, $"unknown key 'examples.{key}'; allowed keys: {string.Join(", ", ExampleKeys)}");
                    break;
            }
        }

        return list;
    }

    private static RuleExample? ReadOne(RuleFileReader reader, YamlNode item, bool flag)
    {
        var line = (int)item.Start.Line;
        if (item is YamlScalarNode { Value: { } text }) return new RuleExample(text, flag, ArticleFormat.PlainText, line);
        if (item is not YamlMappingNode map)
        {
            reader.Error(EngineRules.InvalidValue, item, "an example is a text value, or a mapping with 'text', 'format' and 'fixed'");
            return null;
        }

        string? exampleText = null;
        string? fixedText = null;
        var format = ArticleFormat.PlainText;
        foreach (var child in map.Children)
        {
            var key = (child.Key as YamlScalarNode)?.Value ?? string.Empty;
            var value = (child.Value as YamlScalarNode)?.Value;
            switch (key)
            {
                case "text": exampleText = value; break;
                case "fixed": fixedText = value; break;
                case "format" when value is "plain" or "markdown":
                    format = value == "markdown" ? ArticleFormat.Markdown : ArticleFormat.PlainText;
                    break;
                case "format":
                    reader.Error(EngineRules.InvalidValue, child.Value, $"'format' is '{value}'; allowed values: plain, markdown");
                    break;
                default:
                    reader.Error(EngineRules.UnknownKey, child.Key, $"unknown example key '{key}'; allowed keys: {string.Join(", ", ExampleItemKeys)}");
                    break;
            }
        }

        if (exampleText is null)
        {
            reader.Error(EngineRules.MissingKey, map, "an example mapping needs 'text'");
            return null;
        }

        return new RuleExample(exampleText, flag, format, line) { Fixed = fixedText };
    }
}
