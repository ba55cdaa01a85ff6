using System.Text.RegularExpressions;

namespace Lint.Text;

/// <summary>
/// A regular expression as the checks run it over article text: the compiled expression, a prefilter that settles
/// most text without running it (the literals every match contains, found by <see cref="LiteralPrefilter"/>, or a
/// search written for the expression), and the way to run it (an expression that captures no group is run for the
/// bounds of its matches alone, with no match objects, where the framework can). Checks read a pattern's matches in a
/// segment with <see cref="Articles.Segment.Matches(Pattern)"/>: content indices and spans in the source.
/// </summary>
internal sealed class Pattern
{
    private readonly LiteralPrefilter? _literals;
    private readonly TextFilter? _filter;

    private Pattern(Regex regex, LiteralPrefilter? literals, TextFilter? filter)
    {
        Regex = regex;
        _literals = literals;
        _filter = filter;
        Captures = regex.GetGroupNumbers().Length > 1;
    }

    /// <summary>Whether a text may hold a match: false only when it cannot.</summary>
    public delegate bool TextFilter(ReadOnlySpan<char> text);

    /// <summary>A pattern of a compiled expression, with the literal prefilter read from it (when it has one).</summary>
    public static Pattern From(Regex regex) => new(regex ?? throw new ArgumentNullException(nameof(regex)), LiteralPrefilter.For(regex), null);

    /// <summary>
    /// A pattern of a compiled expression with a prefilter written for it, <paramref name="mightMatch"/>, which must
    /// hold for every text that holds a match (a test says so for each built-in one).
    /// </summary>
    public static Pattern From(Regex regex, TextFilter mightMatch) =>
        new(regex ?? throw new ArgumentNullException(nameof(regex)), null, mightMatch ?? throw new ArgumentNullException(nameof(mightMatch)));

    /// <summary>
    /// Compiles a rule's pattern to run in linear time (the engine chosen by <see cref="RegexFactory.TryCreate"/>), or
    /// returns null with the reason in <paramref name="error"/>.
    /// </summary>
    public static Pattern? Compile(string pattern, bool ignoreCase, out string error) =>
        RegexFactory.TryCreate(pattern, ignoreCase, out error) is { } regex ? From(regex) : null;

    /// <summary>The compiled expression.</summary>
    public Regex Regex { get; }

    /// <summary>The literals one of which every match contains, as the prefilter searches for them; empty when there is no such prefilter.</summary>
    public IReadOnlyList<string> Literals => _literals?.Literals ?? [];

    /// <summary>Whether the expression has groups besides the whole match (if not, matches are found by their bounds alone).</summary>
    public bool Captures { get; }

    /// <summary>Whether <paramref name="text"/> may hold a match: false only when the prefilter shows that it holds none.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MightMatch(ReadOnlySpan<char> text) =>
        (_literals is null || _literals.MayMatch(text)) && (_filter is null || _filter(text));

    /// <inheritdoc />
    public override string ToString() => Regex.ToString();
}
