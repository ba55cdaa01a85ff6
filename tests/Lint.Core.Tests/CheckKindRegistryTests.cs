using System.Globalization;
using Lint.Checks;
using Lint.Loading;

namespace Lint.Core.Tests;

/// <summary>
/// The registry of check kinds is a plain list (the lint tool is trimmed and compiled ahead of time, so it cannot look
/// kinds up by reflection); these tests hold it to the kind classes and the kinds to their own metadata.
/// </summary>
public sealed class CheckKindRegistryTests
{
    [Fact]
    public void Every_kind_class_is_registered_once()
    {
        var classes = typeof(CheckKind).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(CheckKind)) && !t.IsAbstract)
            .Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        var registered = CheckKinds.All.Select(k => k.GetType().Name).ToList();
        Assert.Empty(classes.Except(registered).Select(c => $"{c} is not listed in CheckKinds.All; add 'new {c}(),' there"));
        Assert.Equal(registered.Distinct().Count(), registered.Count);
        Assert.Equal(classes, registered);
    }

    [Fact]
    public void Kind_names_and_option_keys_are_unique_and_kebab_case()
    {
        Assert.Equal(CheckKinds.All.Count, CheckKinds.Names.Count);
        foreach (var kind in CheckKinds.All)
        {
            Assert.Matches("^[a-z]+(?:-[a-z]+)*$", kind.Name);
            Assert.True(CheckKinds.TryGet(kind.Name, out var found) && ReferenceEquals(found, kind));
            Assert.Equal(kind.OptionKeys.Distinct(StringComparer.Ordinal).Count(), kind.OptionKeys.Count);
            Assert.DoesNotContain("kind", kind.OptionKeys);
            Assert.NotEmpty(kind.DefaultScope);
            foreach (var option in kind.Options)
            {
                Assert.Matches("^[a-z]+(?:-[a-z]+)*$", option.Name);
                Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{kind.Name}.{option.Name} has no description");
                if (option.Default is not { } value) continue;

                // The default the schema shows must be a value the loader accepts.
                switch (option.Type)
                {
                    case CheckOptionType.Boolean:
                        Assert.Contains(value, new[] { "true", "false" });
                        break;
                    case CheckOptionType.Integer:
                        var number = int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
                        Assert.InRange((double)number, option.Minimum ?? int.MinValue, option.Maximum ?? int.MaxValue);
                        break;
                    case CheckOptionType.Text when option.Allowed is { } allowed:
                        Assert.Contains(value, allowed);
                        break;
                }
            }
        }
    }

    [Fact]
    public void Every_kind_the_loader_builds_is_the_rules_kind()
    {
        var catalog = Testing.BuiltInRules.Catalog;
        Assert.Empty(catalog.Errors);
        Assert.All(catalog.Rules, r => Assert.NotNull(r.Kind));
        Assert.Contains(catalog.Rules, r => r.Kind!.NeedsReferenceDate);
        Assert.Contains(catalog.Rules, r => r.Kind!.Cost == CheckCost.Heavy);
    }
}
