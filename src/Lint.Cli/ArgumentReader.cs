namespace Lint.Cli;

/// <summary>
/// Reads <c>--name value</c>, <c>--name=value</c>, flags and positional arguments against a fixed list of
/// options, so that an unknown or misspelt option is an error that names the nearest valid one.
/// </summary>
public sealed class ArgumentReader
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="args"/>; <paramref name="valued"/> take a value, <paramref name="flags"/> do not.</summary>
    public ArgumentReader(IEnumerable<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags, IReadOnlyDictionary<string, string>? aliases = null)
    {
        // Short spellings ("-o FILE", "-f=json") stand for their long options, up to "--".
        var list = new List<string>();
        foreach (var a in args)
        {
            var equals = a.IndexOf('=');
            var name = equals > 0 ? a.Substring(0, equals) : a;
            list.Add(aliases is not null && !list.Contains("--") && aliases.TryGetValue(name, out var full) ? full + a.Substring(name.Length) : a);
        }
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (arg == "--")
            {
                Positional.AddRange(list.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith("-", StringComparison.Ordinal) || arg == "-")
            {
                Positional.Add(arg);
                continue;
            }

            var name = arg;
            string? value = null;
            var equals = arg.IndexOf('=');
            if (equals > 0)
            {
                name = arg.Substring(0, equals);
                value = arg.Substring(equals + 1);
            }

            if (valued.Contains(name))
            {
                if (value is null)
                {
                    if (i + 1 >= list.Count || (list[i + 1].StartsWith("--", StringComparison.Ordinal) && list[i + 1].Length > 2))
                        throw new UsageException($"option '{name}' needs a value");
                    value = list[++i];
                }

                if (!_values.TryGetValue(name, out var bag)) _values[name] = bag = [];
                bag.Add(value);
            }
            else if (flags.Contains(name) && value is null)
            {
                _flags.Add(name);
            }
            else
            {
                var known = valued.Concat(flags).ToList();
                var nearest = known.OrderBy(k => Lint.Text.EditDistance.OptimalStringAlignment(k, name, 3)).FirstOrDefault();
                var hint = nearest is not null && Lint.Text.EditDistance.OptimalStringAlignment(nearest, name, 3) <= 3 ? $" (did you mean '{nearest}'?)" : string.Empty;
                throw new UsageException(flags.Contains(name) ? $"option '{name}' takes no value" : $"unknown option '{name}'{hint}");
            }
        }
    }

    /// <summary>Arguments that are not options, in order.</summary>
    public List<string> Positional { get; } = [];

    /// <summary>The last value given for <paramref name="name"/>, or null.</summary>
    public string? Value(string name) => _values.TryGetValue(name, out var bag) ? bag[bag.Count - 1] : null;

    /// <summary>Every value given for a repeatable option.</summary>
    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var bag) ? bag : [];

    /// <summary>Whether the flag was given.</summary>
    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>The value of <paramref name="name"/>, which must be one of <paramref name="allowed"/>.</summary>
    public string Choice(string name, string defaultValue, params string[] allowed)
    {
        var value = Value(name);
        if (value is null) return defaultValue;
        if (!allowed.Contains(value, StringComparer.Ordinal))
            throw new UsageException($"option '{name}' is '{value}'; allowed values: {string.Join(", ", allowed)}");
        return value;
    }
}
