using Lint.Checks;
using Lint.Rules;
using Lint.Testing;
using YamlDotNet.RepresentationModel;

namespace Lint.Cli.Tests;

/// <summary>The sample house-style pack in samples/house-style: its examples, its coverage, and a run over its articles.</summary>
public sealed class HouseStyleTests
{
    private const string Pack = "samples/house-style/house";
    private const string Articles = "samples/house-style/articles";

    [Fact]
    public void Every_example_of_the_house_pack_passes()
    {
        var run = CliRun.Invoke(Repository.Root, "test-rules", Pack);
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("PASS HS1001 towards-toward", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"(^|\n)\d+ passed, 0 failed\n$", run.Out);
    }

    [Fact]
    public void Rule_files_are_named_after_their_ids()
    {
        foreach (var (path, rule) in Rules())
        {
            var id = Scalar(rule, "id");
            var name = Scalar(rule, "name");
            Assert.Matches("^HS[0-9]{4}$", id);
            Assert.Equal($"{id}-{name}.yaml", Path.GetFileName(path));
            var examples = (YamlMappingNode)rule.Children[new YamlScalarNode("examples")];
            Assert.True(((YamlSequenceNode)examples.Children[new YamlScalarNode("flag")]).Children.Count >= 2, path);
            Assert.True(((YamlSequenceNode)examples.Children[new YamlScalarNode("pass")]).Children.Count >= 2, path);
        }
    }

    [Fact]
    public void The_pack_uses_every_check_kind_and_every_scope()
    {
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var scopes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, rule) in Rules())
        {
            var check = (YamlMappingNode)rule.Children[new YamlScalarNode("check")];
            kinds.Add(Scalar(check, "kind"));
            if (rule.Children.TryGetValue(new YamlScalarNode("scope"), out var scope)) AddScopes(scope, scopes, negated: false);
        }

        Assert.Empty(CheckKinds.Names.Except(kinds));

        // AllowedNames lists "front-matter.<field>" and "!<name>" as patterns: any field and any negation satisfy them.
        var missing = RuleScope.AllowedNames.Where(name => name switch
        {
            "front-matter.<field>" => !scopes.Any(s => s.StartsWith("front-matter.", StringComparison.Ordinal)),
            "!<name>" => !scopes.Any(s => s.StartsWith('!')),
            _ => !scopes.Contains(name),
        });
        Assert.Empty(missing);
    }

    [Fact]
    public void Check_over_the_sample_articles_is_approved()
    {
        // .editorconfig in samples/house-style selects the pack, fixes the reference date and sets per-folder severities.
        var run = CliRun.Invoke(Repository.Root, "check", "--rules", Pack, Articles, "--no-frames");
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("HS1004", run.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch(@" ED\d{4}:", run.Out);
        Approvals.Verify(run.Out);
    }

    private static IEnumerable<(string Path, YamlMappingNode Rule)> Rules()
    {
        var files = Directory.GetFiles(Repository.PathOf("samples", "house-style", "house"), "*.yaml").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var stream = new YamlStream();
            using (var reader = new StringReader(File.ReadAllText(file))) stream.Load(reader);
            yield return (file, (YamlMappingNode)stream.Documents[0].RootNode);
        }
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value!;

    private static void AddScopes(YamlNode node, HashSet<string> scopes, bool negated)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                scopes.Add((negated ? "!" : string.Empty) + scalar.Value);
                if (scalar.Value!.StartsWith('!')) scopes.Add(scalar.Value.Substring(1) == "quotation" ? "outside-quotation" : scalar.Value.Substring(1));
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence) AddScopes(item, scopes, negated);
                break;
            case YamlMappingNode mapping:
                foreach (var pair in mapping) AddScopes(pair.Value, scopes, negated: true);
                break;
        }
    }
}
