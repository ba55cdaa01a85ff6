using Lint.Articles;
using Lint.Configuration;
using Lint.Text;

namespace Lint.Fuzz;

/// <summary>
/// <c>config</c>: the input is an .editorconfig file. It is parsed, its sections are matched against a few article
/// paths, each property is validated as the CLI does (ED0012), and the configuration read from it is used to lint
/// the probe articles with the built-in pack: options and severities from a file must never make a check fail.
/// </summary>
public static class ConfigTarget
{
    private static readonly string[] Paths = ["story.txt", "news/story.md", "opinion/2026/col.markdown", "a/b/c/d.txt", "x y/ü.md", ".hidden/z.txt"];

    /// <summary>Runs one input.</summary>
    public static void Run(string text)
    {
        var file = EditorConfigFile.Parse(text);
        _ = file.IsRoot;
        _ = file.IsGlobal;
        foreach (var section in file.Sections)
        {
            foreach (var path in Paths) _ = section.Glob?.IsMatch(path);
        }

        var linter = new Linter(RulesFolder.Shared.Catalog);
        foreach (var path in Paths)
        {
            var properties = file.PropertiesFor(path).ToList();
            foreach (var property in properties) _ = ConfigurationReader.Validate(property.Key, property.Value);
            var errors = new List<string>();
            var configuration = ConfigurationReader.Read(properties.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)), ParserTarget.AsOf, errors);
            foreach (var descriptor in RulesFolder.Shared.Catalog.AllDescriptors) _ = configuration.EffectiveSeverity(descriptor);
            if (properties.Count == 0) continue;
            foreach (var (probe, format) in new[] { (Probe.PlainText, ArticleFormat.PlainText), (Probe.Markdown, ArticleFormat.Markdown) })
            {
                var source = new SourceText(probe, path);
                Invariants.Check(source, linter.Lint(source, configuration, format));
            }
        }
    }
}
