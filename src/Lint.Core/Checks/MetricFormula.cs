using System.Globalization;

namespace Lint.Checks;

/// <summary>
/// A readability formula: a named one (flesch-kincaid, flesch-reading-ease, gunning-fog, coleman-liau,
/// automated-readability, smog, words-per-sentence) or an arithmetic expression over the variables of
/// <see cref="TextStatistics"/> with + - * / parentheses, numbers and sqrt(). Parsed once when the rule loads.
/// </summary>
internal sealed class MetricFormula
{
    /// <summary>The named formulas and the expressions they stand for.</summary>
    public static readonly IReadOnlyDictionary<string, string> Named = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["flesch-kincaid"] = "0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59",
        ["flesch-reading-ease"] = "206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)",
        ["gunning-fog"] = "0.4 * ((words / sentences) + 100 * (complex_words / words))",
        ["coleman-liau"] = "0.0588 * (characters / words * 100) - 0.296 * (sentences / words * 100) - 15.8",
        ["automated-readability"] = "4.71 * (characters / words) + 0.5 * (words / sentences) - 21.43",
        ["smog"] = "1.043 * sqrt(polysyllables * 30 / sentences) + 3.1291",
        ["words-per-sentence"] = "words / sentences",
    };

    private readonly Func<TextStatistics, double> _evaluate;

    private MetricFormula(string name, Func<TextStatistics, double> evaluate)
    {
        Name = name;
        _evaluate = evaluate;
    }

    /// <summary>The formula as the rule named it.</summary>
    public string Name { get; }

    /// <summary>The value for <paramref name="statistics"/>; NaN or infinity when it divides by zero.</summary>
    public double Evaluate(TextStatistics statistics) => _evaluate(statistics);

    /// <summary>Parses a named formula or an expression; null with the reason in <paramref name="error"/>.</summary>
    public static MetricFormula? TryParse(string text, out string error)
    {
        var expression = Named.TryGetValue(text, out var named) ? named : text;
        var parser = new Parser(expression);
        try
        {
            var result = parser.Expression();
            parser.SkipSpace();
            if (!parser.AtEnd) throw new FormatException($"unexpected '{parser.Rest}'");
            error = string.Empty;
            return new MetricFormula(text, result);
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>Recursive descent: expression = term {(+|-) term}; term = factor {(*|/) factor}; factor = number | name | sqrt(e) | (e) | -factor.</summary>
    /// <remarks>
    /// Nesting and size are bounded (a formula is a line of a rule file): parsing recurses once a level, and the
    /// closures it builds call each other once an operation, so a hostile formula must not reach the stack's end.
    /// </remarks>
    private sealed class Parser(string text)
    {
        private const int MaxDepth = 64;
        private const int MaxOperations = 512;
        private int _i;
        private int _depth;
        private int _operations;

        private void Enter()
        {
            if (++_depth > MaxDepth) throw new FormatException($"the formula nests more than {MaxDepth} levels deep");
        }

        private void Operation()
        {
            if (++_operations > MaxOperations) throw new FormatException($"the formula has more than {MaxOperations} operations");
        }

        public bool AtEnd => _i >= text.Length;

        public string Rest => text.Substring(_i);

        public void SkipSpace()
        {
            while (_i < text.Length && char.IsWhiteSpace(text[_i])) _i++;
        }

        public Func<TextStatistics, double> Expression()
        {
            var left = Term();
            while (true)
            {
                SkipSpace();
                if (Accept('+')) { Operation(); var l = left; var r = Term(); left = s => l(s) + r(s); }
                else if (Accept('-')) { Operation(); var l = left; var r = Term(); left = s => l(s) - r(s); }
                else return left;
            }
        }

        private Func<TextStatistics, double> Term()
        {
            var left = Factor();
            while (true)
            {
                SkipSpace();
                if (Accept('*')) { Operation(); var l = left; var r = Factor(); left = s => l(s) * r(s); }
                else if (Accept('/')) { Operation(); var l = left; var r = Factor(); left = s => l(s) / r(s); }
                else return left;
            }
        }

        private Func<TextStatistics, double> Factor()
        {
            SkipSpace();
            if (Accept('-'))
            {
                Operation();
                Enter();
                var inner = Factor();
                _depth--;
                return s => -inner(s);
            }

            if (Accept('('))
            {
                Enter();
                var inner = Expression();
                SkipSpace();
                if (!Accept(')')) throw new FormatException("missing ')'");
                _depth--;
                return inner;
            }

            var start = _i;
            if (_i < text.Length && (char.IsDigit(text[_i]) || text[_i] == '.'))
            {
                while (_i < text.Length && (char.IsDigit(text[_i]) || text[_i] == '.')) _i++;
                if (!double.TryParse(text.Substring(start, _i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    throw new FormatException($"'{text.Substring(start, _i - start)}' is not a number");
                return _ => number;
            }

            while (_i < text.Length && (char.IsLetter(text[_i]) || text[_i] == '_')) _i++;
            var name = text.Substring(start, _i - start);
            if (name == "sqrt")
            {
                SkipSpace();
                if (!Accept('(')) throw new FormatException("sqrt needs '('");
                Enter();
                var inner = Expression();
                SkipSpace();
                if (!Accept(')')) throw new FormatException("missing ')'");
                _depth--;
                return s => Math.Sqrt(inner(s));
            }

            if (TextStatistics.Variables.TryGetValue(name, out var variable)) return variable;
            throw new FormatException(name.Length == 0
                ? $"expected a number, a variable or '(' at '{Rest}'"
                : $"unknown variable '{name}'; variables: {string.Join(", ", TextStatistics.Variables.Keys)}; named formulas: {string.Join(", ", Named.Keys)}");
        }

        private bool Accept(char c)
        {
            if (_i < text.Length && text[_i] == c)
            {
                _i++;
                return true;
            }

            return false;
        }
    }
}
