using System.Globalization;
using System.Text.RegularExpressions;
using Lint.Text;

namespace Lint.Evaluation.Tests;

/// <summary>
/// Makes the error variants of an article, deterministically: a <see cref="Random"/> seeded from a fixed number and
/// the file name (never string.GetHashCode, which changes per process), so every run injects the same errors.
/// </summary>
public static class Injector
{
    /// <summary>The fixed seed of the evaluation.</summary>
    public const int Seed = 20261122;

    private const int CityEditsPerKind = 1;
    private const int QuotationsPerArticle = 3;
    private const int FinalPeriodsPerArticle = 2;
    private const int SentencePeriodsPerArticle = 2;

    // Dateline places that are not cities: a misspelling of these is out of the check's reach by design.
    private static readonly HashSet<string> NotCities = new(StringComparer.Ordinal) { "UNITED NATIONS" };

    // Words whose period marks an abbreviation, not the end of a sentence ("Gov. Laura Brennan", "Nov. 19").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "rev", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "st", "mt", "ft",
        "jr", "sr", "inc", "co", "corp", "ltd", "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "ave", "blvd", "rd", "ill", "minn", "calif", "mass", "wash", "fla", "ga", "va", "pa", "tenn", "ky", "mo",
        "ark", "ala", "miss", "okla", "colo", "ariz", "conn", "del", "md", "nev", "wis", "wyo", "mich", "ind", "kan", "neb", "approx",
    };

    private static readonly string[] Owners = ["The Associated Press", "Worthy News", "Harbor Daily Media", "Agence France-Presse", "Northern Ledger"];

    private static readonly Regex YearPattern = new(@"(?:19|20)\d{2}", RegexOptions.CultureInvariant);

    /// <summary>Every variant of <paramref name="article"/>, in a stable order.</summary>
    public static IReadOnlyList<Injection> Create(CorpusArticle article)
    {
        var layout = ArticleLayout.Read(article);
        var random = new Random(Seed ^ StableHash(article.Name));
        var result = new List<Injection>();
        result.AddRange(DatelineCities(article, layout, random));
        result.AddRange(ClosingMarks(article, layout, random));
        result.AddRange(Periods(article, layout, random));
        result.AddRange(CopyrightYears(article, layout, random));
        return result;
    }

    private static IEnumerable<Injection> DatelineCities(CorpusArticle article, ArticleLayout layout, Random random)
    {
        foreach (var (start, city) in layout.DatelinePlaces)
        {
            if (city.Count(char.IsLetter) < 5 || NotCities.Contains(city)) continue;
            var letters = Enumerable.Range(0, city.Length).Where(i => char.IsLetter(city[i])).ToList();
            var upper = !city.Any(char.IsLower);
            foreach (var operation in new[] { "deletion", "transposition", "substitution", "insertion" })
            {
                for (var n = 0; n < CityEditsPerKind; n++)
                {
                    var misspelt = Edit(city, operation, letters, upper, random);
                    var description = $"{city} → {misspelt} ({operation})";
                    var text = article.Text.Substring(0, start) + misspelt + article.Text.Substring(start + city.Length);
                    yield return new Injection(article, "ED1001", operation, description, text,
                        [new TextSpan(start, misspelt.Length)], start, city.Length, misspelt.Length);
                }
            }
        }
    }

    private static string Edit(string city, string operation, List<int> letters, bool upper, Random random)
    {
        char Letter(bool capital)
        {
            var c = (char)('a' + random.Next(26));
            return upper || capital ? char.ToUpperInvariant(c) : c;
        }

        for (var attempt = 0; attempt < 100; attempt++)
        {
            var i = letters[random.Next(letters.Count)];
            string edited;
            switch (operation)
            {
                case "deletion":
                    edited = city.Remove(i, 1);
                    break;
                case "transposition":
                    if (i + 1 >= city.Length || !char.IsLetter(city[i + 1]) || char.ToUpperInvariant(city[i]) == char.ToUpperInvariant(city[i + 1])) continue;
                    var swapped = city.ToCharArray();
                    (swapped[i], swapped[i + 1]) = (city[i + 1], city[i]);

                    // "Paris" → "aPris" is not a typo anyone makes: keep the capital in front.
                    if (!upper && i == 0) (swapped[0], swapped[1]) = (char.ToUpperInvariant(swapped[0]), char.ToLowerInvariant(swapped[1]));
                    edited = new string(swapped);
                    break;
                case "substitution":
                    var replacement = Letter(i == 0);
                    if (char.ToUpperInvariant(replacement) == char.ToUpperInvariant(city[i])) continue;
                    edited = city.Substring(0, i) + replacement + city.Substring(i + 1);
                    break;
                default:
                    // Insert before a letter or after the last one.
                    var at = random.Next(letters.Count + 1) == letters.Count ? letters[^1] + 1 : i;
                    edited = city.Insert(at, Letter(at == 0).ToString());
                    if (!upper && at == 0) edited = edited.Substring(0, 1) + char.ToLowerInvariant(edited[1]) + edited.Substring(2);
                    break;
            }

            if (!string.Equals(PlaceName.Normalize(edited), PlaceName.Normalize(city), StringComparison.Ordinal)) return edited;
        }

        throw new InvalidOperationException($"could not make a {operation} of {city}");
    }

    private static IEnumerable<Injection> ClosingMarks(CorpusArticle article, ArticleLayout layout, Random random)
    {
        var (quotations, _) = QuotationReader.Read(layout);
        var eligible = quotations.Where(q => q.RemovalLeavesItUnclosed).ToList();

        // Single quotations and multi-paragraph ones are rare; take one of each where the article has them, so a
        // plain random draw does not leave them out of the measurement altogether.
        var picked = Pick(eligible.Where(q => !q.IsDouble).ToList(), 1, random)
            .Concat(Pick(eligible.Where(q => q.Openings.Count > 1).ToList(), 1, random))
            .ToList();
        picked.AddRange(Pick(eligible.Except(picked).ToList(), QuotationsPerArticle - picked.Count, random));
        foreach (var quotation in picked.OrderBy(q => q.Close))
        {
            var mark = article.Text[quotation.Close];
            var opening = quotation.Openings[0];
            var quoted = article.Text.Substring(opening, Math.Min(40, quotation.Close + 1 - opening));
            var subtype = (quotation.IsDouble ? "double " : "single ") + (mark is '"' or '\'' ? "straight" : "curly")
                + (quotation.Openings.Count > 1 ? " (multi-paragraph)" : "");
            var description = $"removed {mark} closing {Flatten(quoted)}…";
            yield return new Injection(article, "ED2001", subtype, description, article.Text.Remove(quotation.Close, 1),
                [.. quotation.Openings.Select(o => new TextSpan(o, 1))], quotation.Close, 1, 0);
        }
    }

    private static IEnumerable<Injection> Periods(CorpusArticle article, ArticleLayout layout, Random random)
    {
        var finals = new List<(int Period, int WordStart)>();
        var sentences = new List<(int Period, int WordStart)>();
        foreach (var block in layout.Blocks.Where(b => b.Kind == BlockKind.Paragraph))
        {
            var final = FinalPeriod(block);
            if (final is { } f) finals.Add(f);
            sentences.AddRange(SentencePeriods(block).Where(s => s.Period != final?.Period));
        }

        var picked = Pick(finals, FinalPeriodsPerArticle, random).Select(p => (p, "paragraph end"))
            .Concat(Pick(sentences, SentencePeriodsPerArticle, random).Select(p => (p, "mid-paragraph sentence")))
            .OrderBy(x => x.p.Period);
        foreach (var ((period, wordStart), subtype) in picked)
        {
            var word = article.Text.Substring(wordStart, period - wordStart);
            var after = article.Text.Substring(period + 1, Math.Min(20, article.Text.Length - period - 1));
            var description = $"removed the period after \"{Flatten(word)}\" ({subtype}, before \"{Flatten(after)}\")";
            // A period removed inside a paragraph is the run-on rule's to find; one removed at the end, ED2002's.
            var rule = subtype == "paragraph end" ? "ED2002" : "ED2008";
            yield return new Injection(article, rule, subtype, description, article.Text.Remove(period, 1),
                [TextSpan.FromBounds(wordStart, period)], period, 1, 0);
        }
    }

    /// <summary>The period that ends a paragraph, unless it belongs to an abbreviation, an ellipsis or a URL.</summary>
    private static (int Period, int WordStart)? FinalPeriod(LayoutBlock block)
    {
        var text = block.Masked;
        var i = text.Length - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || ArticleLayout.IsCloser(text[i]))) i--;
        if (i <= 0 || text[i] != '.' || text[i - 1] == '.') return null;
        var wordStart = WordStart(block.Raw, i);
        var word = block.Raw.Substring(wordStart, i - wordStart);
        var plainWord = text.Substring(wordStart, i - wordStart).Trim();
        if (plainWord.Length == 0 || plainWord.Contains('.', StringComparison.Ordinal) || word.Contains("://", StringComparison.Ordinal)) return null;
        return (block.Start + i, block.Start + wordStart);
    }

    /// <summary>
    /// Periods that end a sentence inside the paragraph, in the brief's sense: a plain word, the period, one space and
    /// a capitalised word ("went well. The talks"). A period inside a closing quote or before an opening one is left
    /// alone, so the measurement injects what the acceptance test injects.
    /// </summary>
    private static IEnumerable<(int Period, int WordStart)> SentencePeriods(LayoutBlock block)
    {
        var text = block.Masked;
        for (var p = 1; p + 2 < text.Length; p++)
        {
            if (text[p] != '.' || text[p + 1] != ' ' || !char.IsUpper(text[p + 2])) continue;

            var wordStart = WordStart(text, p);
            var word = text.Substring(wordStart, p - wordStart).TrimStart('“', '"', '‘', '\'', '(');
            if (word.Length < 2 || word.Contains('.', StringComparison.Ordinal) || Abbreviations.Contains(word)) continue;
            if (!char.IsLower(word[^1]) && !char.IsDigit(word[^1])) continue;
            yield return (block.Start + p, block.Start + wordStart);
        }
    }

    private static int WordStart(string text, int end)
    {
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        return start;
    }

    private static IEnumerable<Injection> CopyrightYears(CorpusArticle article, ArticleLayout layout, Random random)
    {
        var footer = layout.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Footer && YearPattern.IsMatch(b.Raw));
        var forms = new List<Func<int, string, string>>
        {
            (year, owner) => $"© {year} {owner}",
            (year, owner) => $"(c) {year} {owner}",
            (year, owner) => $"Copyright © {year} {owner}",
        };
        var order = Pick(Enumerable.Range(0, forms.Count).ToList(), forms.Count, random);

        if (footer is not null)
        {
            // The notice as it stands, with its latest year moved back.
            var years = YearPattern.Matches(footer.Raw).Cast<Match>().ToList();
            var latest = years[^1];
            var earliest = years.Count > 1 ? int.Parse(years[0].Value, CultureInfo.InvariantCulture) + 1 : 2015;
            var stale = random.Next(Math.Max(earliest, 2015), 2026).ToString(CultureInfo.InvariantCulture);
            var at = footer.Start + latest.Index;
            yield return new Injection(article, "ED3001", "year moved back", $"footer year {latest.Value} → {stale}",
                article.Text.Substring(0, at) + stale + article.Text.Substring(at + latest.Length), [new TextSpan(at, stale.Length)], at, latest.Length, stale.Length);
        }

        // Stale notices in the listed forms: replacing the footer, or added where the article has none.
        var count = footer is null ? forms.Count : forms.Count - 1;
        foreach (var form in order.Take(count))
        {
            var year = random.Next(2015, 2026);
            var owner = Owners[random.Next(Owners.Length)] + (random.Next(2) == 0 ? ". All rights reserved." : "");
            var line = forms[form](year, owner);
            var yearInLine = line.IndexOf(year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            if (footer is not null)
            {
                yield return new Injection(article, "ED3001", "notice rewritten", $"footer rewritten as \"{line}\"",
                    article.Text.Substring(0, footer.Start) + line + article.Text.Substring(footer.End),
                    [new TextSpan(footer.Start + yearInLine, 4)], footer.Start, footer.Raw.Length, line.Length);
                continue;
            }

            // No footer: put the notice where the story ends, before any rule, credit or link block.
            var tail = layout.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Tail);
            var separator = article.Text.Contains("\n\n", StringComparison.Ordinal) ? "\n\n" : "\n";
            int insertAt;
            string inserted;
            if (tail is not null)
            {
                insertAt = tail.Start;
                inserted = line + separator;
            }
            else
            {
                insertAt = article.Text.Length;
                inserted = (article.Text.EndsWith('\n') ? "" : "\n") + separator.Substring(1) + line + "\n";
            }

            var siteStart = insertAt + inserted.IndexOf(line, StringComparison.Ordinal) + yearInLine;
            yield return new Injection(article, "ED3001", "notice added", $"notice \"{line}\" added",
                article.Text.Insert(insertAt, inserted), [new TextSpan(siteStart, 4)], insertAt, 0, inserted.Length);
        }
    }

    /// <summary>Up to <paramref name="count"/> items chosen at random, in their original order.</summary>
    private static List<T> Pick<T>(List<T> items, int count, Random random)
    {
        var indexes = Enumerable.Range(0, items.Count).ToList();
        for (var i = indexes.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (indexes[i], indexes[j]) = (indexes[j], indexes[i]);
        }

        return [.. indexes.Take(count).Order().Select(i => items[i])];
    }

    private static string Flatten(string text) => text.Replace("\n", "⏎", StringComparison.Ordinal);

    /// <summary>FNV-1a over the UTF-16 code units: a hash that is the same in every process.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 16777619u;
        }

        return unchecked((int)hash);
    }
}
