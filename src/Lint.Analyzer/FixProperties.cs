using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Lint.Analyzer;

/// <summary>
/// A finding's fixes in its diagnostic's properties, for the code-fix provider (Lint.Analyzer.CodeFixes, which compiles
/// this same file in). Fix <c>i</c> of a finding, in Lint's order (the first is the preferred one), is the property
/// <c>LintFix{i}</c> (<c>LintFix0</c>, <c>LintFix1</c>, … with no gap). Its value is the fix's description, then each of
/// its replacements as its start and length in the article's text (UTF-16 code units of the unmodified file, as Roslyn's
/// spans) and its new text. A number is written in decimal followed by a comma; a string is its length as a number,
/// then exactly that many characters, so that no character needs escaping:
/// <code>
/// fix         = ["unsafe;"] string *(number number string)
///                                                ; unsafe: not applied by fix all (lint fix's --unsafe-fixes);
///                                                ; description, then start, length, new text per replacement
/// number      = 1*DIGIT ","
/// string      = number *CHAR                     ; the number counts the characters that follow
/// </code>
/// "Replace RYADH with RIYADH" replacing 5 characters at offset 40 is <c>25,Replace RYADH with RIYADH40,5,6,RIYADH</c>.
/// The compiler writes these properties to its SARIF ErrorLog (<c>properties.customProperties</c>) too.
/// </summary>
internal static class FixProperties
{
    /// <summary>The property name of fix <c>i</c> is this prefix followed by <c>i</c>.</summary>
    public const string Prefix = "LintFix";

    /// <summary>What an unsafe fix's value starts with.</summary>
    private const string UnsafeMark = "unsafe;";

    /// <summary>The properties for <paramref name="fixes"/> added to <paramref name="properties"/>.</summary>
    public static ImmutableDictionary<string, string?> Add(ImmutableDictionary<string, string?> properties, IEnumerable<EncodedFix> fixes)
    {
        var index = 0;
        foreach (var fix in fixes) properties = properties.Add(Prefix + index++.ToString(CultureInfo.InvariantCulture), Encode(fix));
        return properties;
    }

    /// <summary>The fixes in <paramref name="properties"/>, in order; a malformed one ends the list.</summary>
    public static ImmutableArray<EncodedFix> Read(ImmutableDictionary<string, string?> properties)
    {
        var fixes = ImmutableArray.CreateBuilder<EncodedFix>();
        for (var i = 0; properties.TryGetValue(Prefix + i.ToString(CultureInfo.InvariantCulture), out var value); i++)
        {
            if (value is null || Decode(value) is not { } fix) break;
            fixes.Add(fix);
        }

        return fixes.ToImmutable();
    }

    /// <summary>One fix as its property value.</summary>
    public static string Encode(EncodedFix fix)
    {
        var builder = new StringBuilder();
        if (!fix.Safe) builder.Append(UnsafeMark);
        String(builder, fix.Description);
        foreach (var replacement in fix.Replacements)
        {
            Number(builder, replacement.Start);
            Number(builder, replacement.Length);
            String(builder, replacement.NewText);
        }

        return builder.ToString();
    }

    /// <summary>A property value read back, or null when it is not one <see cref="Encode"/> writes.</summary>
    public static EncodedFix? Decode(string value)
    {
        var safe = !value.StartsWith(UnsafeMark, StringComparison.Ordinal);
        var at = safe ? 0 : UnsafeMark.Length;
        if (ReadString(value, ref at) is not { } description) return null;
        var replacements = ImmutableArray.CreateBuilder<EncodedReplacement>();
        while (at < value.Length)
        {
            var start = ReadNumber(value, ref at);
            var length = ReadNumber(value, ref at);
            var newText = ReadString(value, ref at);
            if (start is null || length is null || newText is null) return null;
            replacements.Add(new EncodedReplacement(start.Value, length.Value, newText));
        }

        return new EncodedFix(description, replacements.ToImmutable(), safe);
    }

    private static void Number(StringBuilder builder, int value) => builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(',');

    private static void String(StringBuilder builder, string value)
    {
        Number(builder, value.Length);
        builder.Append(value);
    }

    private static int? ReadNumber(string value, ref int at)
    {
        var start = at;
        long number = 0;
        while (at < value.Length && value[at] is >= '0' and <= '9' && at - start < 10) number = (number * 10) + (value[at++] - '0');
        if (at == start || at >= value.Length || value[at] != ',' || number > int.MaxValue) return null;
        at++;
        return (int)number;
    }

    private static string? ReadString(string value, ref int at)
    {
        if (ReadNumber(value, ref at) is not { } length || length > value.Length - at) return null;
        var text = value.Substring(at, length);
        at += length;
        return text;
    }
}

/// <summary>A fix as the properties carry it: what it does and its replacements on the unmodified text.</summary>
internal sealed class EncodedFix(string description, ImmutableArray<EncodedReplacement> replacements, bool safe = true)
{
    /// <summary>The fix's title, as <c>lint fix</c> and the light bulb show it.</summary>
    public string Description { get; } = description;

    /// <summary>The replacements, applied together.</summary>
    public ImmutableArray<EncodedReplacement> Replacements { get; } = replacements;

    /// <summary>Whether <c>lint fix</c> applies it by default; fix all applies only these.</summary>
    public bool Safe { get; } = safe;
}

/// <summary>Replace <see cref="Length"/> characters at <see cref="Start"/> with <see cref="NewText"/>.</summary>
internal readonly struct EncodedReplacement(int start, int length, string newText)
{
    /// <summary>Offset in the unmodified text.</summary>
    public int Start { get; } = start;

    /// <summary>How many characters are replaced (0 for an insertion).</summary>
    public int Length { get; } = length;

    /// <summary>The text put in their place.</summary>
    public string NewText { get; } = newText;

    /// <summary>The offset just past the replaced text.</summary>
    public int End => Start + Length;
}
