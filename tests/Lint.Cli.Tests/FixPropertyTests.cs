using System.Text;
using System.Text.Json;
using CsCheck;
using Lint.Testing;

namespace Lint.Cli.Tests;

/// <summary>
/// <c>lint fix</c> over generated articles, in every layout (text and Markdown, front matter, tables, code, lists,
/// directives; LF or CRLF; UTF-8 with or without a BOM, or UTF-16; with or without a final newline), keeps every byte
/// the fixes do not touch, and a second run changes nothing.
/// </summary>
public sealed class FixPropertyTests
{
    private static readonly string[] Headlines =
    [
        "Council Approves Flood Barrier", "Will the Harbour Reopen?", "Mayor Says City Is Ready For Storm Season", "Talks resume in capital",
    ];

    private static readonly string[] Datelines =
    [
        "SPRINGFEILD, Ill. (AP) — ", "WASHINTON (AP) — ", "RYADH (Reuters) - ", "LONDON (AP) — ", "SPRINGFIELD, Illinois (AP) — ", string.Empty,
    ];

    private static readonly string[] Sentences =
    [
        "The council voted on Tuesday to build a flood barrier", "Opponents said the city should have waited", "The mayor said it was \"a good day\"",
        "The mayor said it was “a good day”", "Residents waited...", "The the plan passed", "It costs $41 million", "Work starts on December 5",
        "The U.S. and US officials met", "Officials said  the talks went well", "It’s done, and it's paid for", "The bloc—unusually—stayed quiet",
        "Trump — despite the tariff — held firm", "Sergei Lavrov spoke; later Sergey Lavrov left", "Copyright 2023 The Associated Press",
        "Monday, Dec. 2, 2026 was cold", "A ( bracket ) and a comma , too",
    ];

    private static readonly string[] MarkdownOnly =
    [
        "| City | Vote |\n| --- | --- |\n| SPRINGFEILD | 7-2  ok |", "```\ncode...  stays  as it is\n```", "- first item\n- second item...",
        "> A quotation that runs on\n> over two lines...", "See [the report...](https://example.org/a...b) for more", "<!-- lint-disable ED2002 -->\nA paragraph with no stop",
        "{{< img src=\"a.png\" >}}", "## Subhead Here", "**Bold text** and *emphasis*  here",
    ];

    private static readonly string[] FrontMatters =
    [
        string.Empty, "---\ntitle: \"Vote...  tonight\"\ndate: 2026-01-15\n---\n\n", "+++\ntitle = \"A  story...\"\n+++\n\n",
    ];

    /// <summary>An article and its layout, built from a list of choices so that a failing case shrinks.</summary>
    private static (string Name, byte[] Bytes, string Text) Build(int[] choices)
    {
        var i = 0;
        int Next(int n) => choices.Length == 0 ? 0 : (int)((uint)choices[i++ % choices.Length] % (uint)n);
        var markdown = Next(2) == 1;
        var text = new StringBuilder();
        if (markdown) text.Append(FrontMatters[Next(FrontMatters.Length)]).Append("# ");
        text.Append(Headlines[Next(Headlines.Length)]).Append("\n\n");
        if (Next(2) == 1) text.Append(Next(2) == 1 ? "By Maria Keane\n\n" : "by maria keane, Reporter\n\n");
        var paragraphs = 1 + Next(6);
        for (var p = 0; p < paragraphs; p++)
        {
            if (markdown && Next(3) == 0)
            {
                text.Append(MarkdownOnly[Next(MarkdownOnly.Length)]).Append("\n\n");
                continue;
            }

            if (p == 0) text.Append(Datelines[Next(Datelines.Length)]);
            var sentences = 1 + Next(3);
            for (var s = 0; s < sentences; s++)
            {
                text.Append(Sentences[Next(Sentences.Length)]);
                text.Append(s == sentences - 1 && Next(3) == 0 ? string.Empty : Next(4) == 0 ? ".  " : ". ");
            }

            text.Length -= text[^1] == ' ' ? (text[^2] == ' ' ? 2 : 1) : 0;
            text.Append("\n\n");
        }

        var body = text.ToString().TrimEnd('\n') + (Next(3) == 0 ? string.Empty : "\n");
        if (Next(2) == 1) body = body.Replace("\n", "\r\n", StringComparison.Ordinal);
        byte[] bytes = Next(4) switch
        {
            0 => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(body)],
            1 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(body)],
            _ => Encoding.UTF8.GetBytes(body),
        };
        return ("story" + (markdown ? ".md" : ".txt"), bytes, body);
    }

    [Fact]
    public void Fix_keeps_every_byte_it_does_not_fix_and_a_second_run_changes_nothing()
    {
        using var folder = new TempFolder();
        var changed = 0;
        var markdown = 0;
        Gen.Select(Gen.Int.Array[8, 40], Gen.Bool).Sample((choices, unsafeFixes) =>
        {
            var (name, bytes, text) = Build(choices);
            var path = folder.WriteBytes(name, bytes);
            string[] args = ["fix", name, "--as-of", "2026-11-22", "--format", "json", .. unsafeFixes ? new[] { "--unsafe-fixes" } : []];

            // The lines the findings with a fix are on, before fixing.
            var check = CliRun.Invoke(folder.Path, "check", name, "--as-of", "2026-11-22", "--format", "json");
            var fixable = new HashSet<int>();
            using (var json = JsonDocument.Parse(check.Out))
            {
                foreach (var file in json.RootElement.GetProperty("files").EnumerateArray())
                {
                    foreach (var finding in file.GetProperty("diagnostics").EnumerateArray())
                    {
                        if (finding.TryGetProperty("fixes", out var fixes) && fixes.GetArrayLength() > 0)
                        {
                            var start = finding.GetProperty("line").GetInt32();
                            var end = finding.TryGetProperty("endLine", out var e) ? e.GetInt32() : start;
                            for (var l = start; l <= end; l++) fixable.Add(l);
                        }
                    }
                }
            }

            var first = CliRun.Invoke(folder.Path, args);
            Assert.NotEqual(2, first.ExitCode);
            var once = File.ReadAllBytes(path);
            if (!once.AsSpan().SequenceEqual(bytes)) changed++;
            if (name.EndsWith(".md", StringComparison.Ordinal)) markdown++;

            // The encoding and its byte order mark are kept.
            var prefix = bytes.Length >= 2 && bytes[0] == 0xFF ? 2 : bytes.Length >= 3 && bytes[0] == 0xEF ? 3 : 0;
            Assert.Equal(bytes.AsSpan(0, prefix).ToArray(), once.AsSpan(0, prefix).ToArray());
            var after = prefix == 2 ? Encoding.Unicode.GetString(once, 2, once.Length - 2) : Encoding.UTF8.GetString(once, prefix, once.Length - prefix);

            // The same lines, ended the same way, and only lines with a fixable finding changed.
            var before = UnifiedDiff.Lines(text);
            var now = UnifiedDiff.Lines(after);
            Assert.Equal(before.Count, now.Count);
            for (var l = 0; l < before.Count; l++)
            {
                Assert.Equal(Ending(before[l]), Ending(now[l]));
                if (!fixable.Contains(l + 1)) Assert.Equal(before[l], now[l]);
            }

            // A second run has nothing to do.
            var second = CliRun.Invoke(folder.Path, args);
            Assert.Equal(once, File.ReadAllBytes(path));
            Assert.Contains("lint: 0 fixes made in 0 of 1 file;", second.Error, StringComparison.Ordinal);
            Assert.Equal(first.ExitCode, second.ExitCode);
        }, iter: 150, threads: 1, print: t => Build(t.Item1).Text.Replace("\r", "\\r", StringComparison.Ordinal) + $" (unsafe: {t.Item2})");

        // The articles are made to be fixed: most are, in both formats.
        Assert.True(changed > 75 && markdown > 40, $"{changed} of 150 articles changed, {markdown} in Markdown");

        static string Ending(string line) => line.EndsWith("\r\n", StringComparison.Ordinal) ? "\r\n" : line.EndsWith('\n') ? "\n" : line.EndsWith('\r') ? "\r" : string.Empty;
    }
}
