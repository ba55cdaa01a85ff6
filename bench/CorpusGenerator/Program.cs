using System.Globalization;
using System.Text;

namespace Lint.Bench.Corpus;

/// <summary>
/// Writes the benchmark corpora: news-like articles in plain text and Markdown, deterministic for a seed.
/// Article i is the same text in every corpus size, so n100 ⊂ n1000 ⊂ n10000 by content.
/// Usage: corpus-generator OUT [--seed N] [--sizes 100,1000,10000] [--big-mb 50]
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: corpus-generator OUT [--seed N] [--sizes 100,1000,10000] [--big-mb 50]");
            return 2;
        }

        var output = Path.GetFullPath(args[0]);
        ulong seed = 20261122;
        int[] sizes = [100, 1000, 10000];
        var bigMb = 50;
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--seed": seed = ulong.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--sizes": sizes = [.. args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]; break;
                case "--big-mb": bigMb = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }

        var utf8 = new UTF8Encoding(false);
        var manifest = new StringBuilder("corpus\tfiles\tbytes\tplanted_errors\n");
        foreach (var size in sizes)
        {
            var folder = Path.Combine(output, "n" + size.ToString(CultureInfo.InvariantCulture));
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
            Directory.CreateDirectory(folder);
            long bytes = 0;
            var planted = 0;
            for (var i = 0; i < size; i++)
            {
                var markdown = i % 2 == 1;
                var article = new ArticleWriter(seed, i, markdown);
                var text = article.Write();
                var path = Path.Combine(folder, $"a{i:D5}{(markdown ? ".md" : ".txt")}");
                var data = utf8.GetBytes(text);
                File.WriteAllBytes(path, data);
                bytes += data.Length;
                planted += article.Planted;
            }

            manifest.Append(CultureInfo.InvariantCulture, $"n{size}\t{size}\t{bytes}\t{planted}\n");
            Console.WriteLine($"n{size}: {size} files, {bytes / 1e6:F2} MB, {bytes / (double)size / 1000:F2} KB a file, {planted} planted errors");
        }

        // One small, typical article for the start-to-finish latency run.
        var single = Path.Combine(output, "single");
        Directory.CreateDirectory(single);
        var small = new ArticleWriter(seed, 0, markdown: false);
        File.WriteAllText(Path.Combine(single, "article.txt"), small.Write(), utf8);

        if (bigMb > 0)
        {
            var big = Path.Combine(output, "big");
            Directory.CreateDirectory(big);
            var path = Path.Combine(big, $"article-{bigMb}mb.txt");
            var writer = new ArticleWriter(seed, -1, markdown: false);
            using (var stream = new StreamWriter(path, false, utf8, 1 << 16))
            {
                writer.WriteLong(stream, (long)bigMb * 1024 * 1024);
            }

            var length = new FileInfo(path).Length;
            manifest.Append(CultureInfo.InvariantCulture, $"big\t1\t{length}\t{writer.Planted}\n");
            Console.WriteLine($"big: 1 file, {length / 1e6:F2} MB, {writer.Planted} planted errors");
        }

        File.WriteAllText(Path.Combine(output, "manifest.tsv"), manifest.ToString(), utf8);
        return 0;
    }
}

/// <summary>SplitMix64: tiny, fast and the same on every runtime (System.Random's algorithm is not a contract).</summary>
public sealed class Rng(ulong seed)
{
    private ulong state = seed;

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int Next(int max) => (int)(NextUInt64() % (ulong)max);

    public int Next(int min, int max) => min + Next(max - min);

    public bool Chance(double p) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}

/// <summary>One article: blocks chosen by the article's own generator, rendered as plain text or Markdown.</summary>
public sealed class ArticleWriter
{
    private readonly Rng rng;
    private readonly bool markdown;
    private readonly (string City, string Region) dateline;
    private readonly (string Name, string Short, string Agency) outlet;
    private readonly string topic;
    private readonly List<string> people = [];

    public ArticleWriter(ulong seed, int index, bool markdown)
    {
        rng = new Rng(seed ^ (0xD1B54A32D192ED03UL * (ulong)(index + 2)));
        this.markdown = markdown;
        dateline = rng.Pick(Words.Datelines);
        outlet = rng.Pick(Words.Outlets);
        topic = rng.Pick(Words.Topics);
        for (var i = 0; i < 4; i++) people.Add(rng.Pick(Words.FirstNames) + " " + rng.Pick(Words.LastNames));
    }

    /// <summary>Errors written on purpose (one of each core kind at most, by chance).</summary>
    public int Planted { get; private set; }

    public string Write()
    {
        var sb = new StringBuilder(8192);
        var w = new StringWriter(sb, CultureInfo.InvariantCulture);
        WriteHead(w);
        var paragraphs = rng.Next(14, 36);
        var unclosedAt = rng.Chance(0.10) ? rng.Next(2, paragraphs) : -1;
        var unstoppedAt = rng.Chance(0.15) ? rng.Next(2, paragraphs) : -1;
        var runOnAt = rng.Chance(0.05) ? rng.Next(2, paragraphs) : -1;
        for (var p = 1; p < paragraphs; p++)
        {
            WriteBodyBlock(w, p == unclosedAt, p == unstoppedAt, p == runOnAt, allowStructure: p > 2 && p < paragraphs - 1);
        }

        WriteFooter(w);
        return sb.ToString();
    }

    /// <summary>One very long article: head, then body blocks until <paramref name="target"/> bytes, then the footer.</summary>
    public void WriteLong(TextWriter w, long target)
    {
        var counter = new StringWriter(CultureInfo.InvariantCulture);
        WriteHead(w);
        long written = 0;
        var sb = counter.GetStringBuilder();
        var p = 0;
        while (written < target - 4096)
        {
            sb.Clear();
            p++;
            WriteBodyBlock(counter, rng.Chance(0.01), rng.Chance(0.02), rng.Chance(0.005), allowStructure: p % 3 == 0);
            written += Encoding.UTF8.GetByteCount(sb.ToString());
            w.Write(sb.ToString());
        }

        WriteFooter(w);
    }

    private void WriteHead(TextWriter w)
    {
        var headline = Headline();
        var byline = $"By {people[0]}, {rng.Pick(Words.Roles)}{(rng.Chance(0.5) ? ", " + outlet.Name : string.Empty)}";
        if (markdown)
        {
            if (rng.Chance(0.4))
            {
                w.Write("---\n");
                w.Write($"title: \"{headline}\"\n");
                w.Write($"author: {people[0]}, {outlet.Name}\n");
                w.Write($"date: 2026-{rng.Next(1, 12):D2}-{rng.Next(1, 29):D2}\n");
                w.Write($"tags: [{topic.Replace(' ', '-')}, {rng.Pick(Words.Topics).Replace(' ', '-')}]\n");
                w.Write("---\n\n");
            }

            w.Write($"# {headline}\n\n");
            if (rng.Chance(0.6)) w.Write($"*{Deck()}*\n\n");
            w.Write(byline + "\n\n");
        }
        else
        {
            w.Write(headline + "\n\n");
            if (rng.Chance(0.4)) w.Write(Deck() + "\n\n");
            w.Write(byline + "\n\n");
        }

        var city = dateline.City;
        if (rng.Chance(0.08) && city.Length >= 5)
        {
            // A typo: one interior letter dropped (WASHINTON).
            var at = rng.Next(1, city.Length - 1);
            if (char.IsLetter(city[at]))
            {
                city = city.Remove(at, 1);
                Planted++;
            }
        }

        var place = dateline.Region.Length == 0 ? city : city + ", " + dateline.Region;
        var dash = rng.Chance(0.7) ? "—" : "–";
        w.Write($"{place} ({outlet.Agency}) {dash} {Sentence()} {Sentence()}\n\n");
    }

    private void WriteBodyBlock(TextWriter w, bool unclosed, bool unstopped, bool runOn, bool allowStructure)
    {
        var roll = rng.Next(100);
        if (allowStructure && roll < 7)
        {
            var subhead = rng.Pick(Words.Subheads);
            w.Write(markdown ? $"## {char.ToUpperInvariant(subhead[0])}{subhead[1..].ToLowerInvariant()}\n\n" : subhead + "\n\n");
            return;
        }

        if (allowStructure && roll < 11)
        {
            w.Write($"{rng.Pick(Words.ListIntros)}:\n\n");
            var items = rng.Next(3, 6);
            for (var i = 0; i < items; i++) w.Write((markdown ? "- " : "  • ") + ListItem() + "\n");
            w.Write("\n");
            return;
        }

        if (markdown && allowStructure && roll < 14)
        {
            w.Write($"> “{Sentence()} {Sentence()}” {Pronoun()} said.\n\n");
            return;
        }

        string text;
        if (roll < 40)
        {
            // A quotation paragraph; unclosed drops the closing mark.
            var quoted = Sentence();
            var close = unclosed ? string.Empty : "”";
            if (unclosed) Planted++;
            text = rng.Chance(0.5)
                ? $"“{quoted.TrimEnd('.')},{close} {Speaker()} said. {Sentence()}"
                : $"{Speaker()} said, “{quoted}{close}";
            unclosed = false;
        }
        else
        {
            var n = rng.Next(2, 5);
            var parts = new string[n];
            for (var i = 0; i < n; i++) parts[i] = Sentence();
            if (markdown && rng.Chance(0.15)) parts[0] = parts[0].TrimEnd('.') + $", according to [{outlet.Name}](https://example.com/{topic.Replace(' ', '-')}/{rng.Next(1000, 9999)}).";
            if (runOn && n > 1)
            {
                parts[0] = parts[0].TrimEnd('.');
                Planted++;
            }

            text = string.Join(" ", parts);
        }

        if (unclosed && text.Length > 0)
        {
            // Keep a planted quotation error even when this block was not a quotation.
            text = "“" + text;
            Planted++;
        }

        if (unstopped && text.EndsWith('.'))
        {
            text = text[..^1];
            Planted++;
        }

        w.Write(text + "\n\n");
    }

    private void WriteFooter(TextWriter w)
    {
        var year = rng.Chance(0.10) ? rng.Next(2019, 2026) : 2026;
        if (year != 2026) Planted++;
        if (rng.Chance(0.5)) w.Write($"Copyright 1999-{year} {outlet.Name}. This article was originally published on {outlet.Name} and was reproduced with permission.\n");
        else w.Write($"© {year} {outlet.Name}. All rights reserved.\n");
        if (markdown || !rng.Chance(0.35)) return;
        w.Write($"\nMore {outlet.Name}\n\n");
        var related = rng.Next(2, 5);
        for (var i = 0; i < related; i++)
        {
            var headline = Headline();
            w.Write($"{headline}\n{headline}\n{rng.Pick(Words.Weekdays)}, {rng.Pick(Words.Months)} {rng.Next(1, 29)}, 2026\n\n{Sentence()}\n\n");
        }
    }

    private string Headline()
    {
        var h = rng.Pick(Words.Headlines);
        return Fill(h);
    }

    private string Deck() => Fill(rng.Pick(Words.Decks));

    private string ListItem() => Fill(rng.Pick(Words.ListItems));

    private string Sentence()
    {
        var s = Fill(rng.Pick(Words.Sentences));
        return char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }

    private string Pronoun() => rng.Pick(["he", "she", "they"]);

    private string Speaker() => rng.Chance(0.5) ? people[rng.Next(people.Count)].Split(' ')[1] : $"{rng.Pick(Words.Titles)} {people[rng.Next(people.Count)]}";

    private string Fill(string template)
    {
        var sb = new StringBuilder(template.Length + 64);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                sb.Append(template[i]);
                continue;
            }

            var end = template.IndexOf('}', i);
            var key = template[(i + 1)..end];
            sb.Append(key switch
            {
                "person" => people[rng.Next(people.Count)],
                "last" => people[rng.Next(people.Count)].Split(' ')[1],
                "title" => rng.Pick(Words.Titles),
                "org" => rng.Pick(Words.Organizations),
                "country" => rng.Pick(Words.Countries),
                "city" => rng.Pick(Words.Cities),
                "day" => rng.Pick(Words.Weekdays),
                "month" => rng.Pick(Words.Months),
                "topic" => topic,
                "topic2" => rng.Pick(Words.Topics),
                "n" => rng.Next(2, 99).ToString(CultureInfo.InvariantCulture),
                "big" => rng.Next(1, 999).ToString("N0", CultureInfo.InvariantCulture) + "," + rng.Next(100, 999).ToString(CultureInfo.InvariantCulture),
                "pct" => rng.Next(1, 60).ToString(CultureInfo.InvariantCulture) + "%",
                "year" => rng.Next(1990, 2026).ToString(CultureInfo.InvariantCulture),
                "money" => "$" + rng.Next(1, 900).ToString(CultureInfo.InvariantCulture) + " " + rng.Pick(["million", "billion"]),
                "outlet" => outlet.Name,
                _ => key,
            });
            i = end;
        }

        return sb.ToString();
    }
}

/// <summary>Word lists the templates draw from.</summary>
public static class Words
{
    public static readonly (string City, string Region)[] Datelines =
    [
        ("WASHINGTON", ""), ("LONDON", ""), ("PARIS", ""), ("BERLIN", ""), ("KYIV", "Ukraine"), ("RIYADH", "Saudi Arabia"),
        ("NAIROBI", "Kenya"), ("LAGOS", "Nigeria"), ("GENEVA", ""), ("BRUSSELS", ""), ("WARSAW", "Poland"), ("ODESA", "Ukraine"),
        ("TOKYO", ""), ("SEOUL", "South Korea"), ("MEXICO CITY", ""), ("SAO PAULO", "Brazil"), ("SPRINGFIELD", "Ill."),
        ("ST. PAUL", "Minn."), ("DES MOINES", "Iowa"), ("ANCHORAGE", "Alaska"), ("MONTEVIDEO", "Uruguay"), ("MUMBAI", "India"),
        ("CAIRO", ""), ("ISTANBUL", ""), ("MADRID", ""), ("ROME", ""), ("ATHENS", ""), ("BEIJING", ""), ("JAKARTA", "Indonesia"),
        ("MANILA", "Philippines"), ("SYDNEY", ""), ("OTTAWA", "Ontario"), ("TORONTO", ""), ("CHICAGO", ""), ("HOUSTON", ""),
        ("LOS ANGELES", ""), ("NEW YORK", ""), ("BOSTON", ""), ("DENVER", ""), ("KHARKIV", "Ukraine"), ("DAKAR", "Senegal"),
        ("ACCRA", "Ghana"), ("LIMA", "Peru"), ("BOGOTA", "Colombia"), ("UNITED NATIONS", ""),
        ("RIYADH/ISTANBUL", ""), ("LONDON/BERLIN", ""),
    ];

    public static readonly (string Name, string Short, string Agency)[] Outlets =
    [
        ("The Associated Press", "AP", "AP"), ("Reuters", "Reuters", "Reuters"), ("Agence France-Presse", "AFP", "AFP"),
        ("Worthy News", "Worthy News", "Worthy News"), ("The Daily Ledger", "Ledger", "Ledger"), ("Metro Herald", "Herald", "Herald"),
    ];

    public static readonly string[] Topics =
    [
        "energy", "transit", "housing", "public health", "water rates", "trade", "climate", "schools", "elections", "tourism",
        "agriculture", "broadband", "policing", "immigration", "pensions", "flood defenses", "ports", "rail freight",
    ];

    public static readonly string[] FirstNames =
    [
        "Laila", "Marco", "Sergei", "Amina", "Daniel", "Oksana", "Tomás", "Grace", "Kwame", "Priya", "Jonas", "Mei", "Fatima",
        "Luis", "Hannah", "Yusuf", "Claire", "Dmitry", "Ngozi", "Elena", "Rafael", "Aisha", "Peter", "Sofia", "Omar", "Ingrid",
    ];

    public static readonly string[] LastNames =
    [
        "Farouk", "Rubio", "Lavrov", "Okafor", "Bos", "Kovalenko", "Alvarez", "Mensah", "Sharma", "Lindqvist", "Chen", "Haddad",
        "Moreno", "Fischer", "Demir", "Dubois", "Petrov", "Adeyemi", "Rossi", "Navarro", "Khan", "Murphy", "Costa", "Nielsen",
    ];

    public static readonly string[] Titles =
    [
        "Mayor", "Gov.", "Sen.", "Minister", "Deputy Minister", "Police Chief", "Councilmember", "Director", "Dr.", "Rep.",
        "Secretary", "Spokesperson", "Professor", "Chairwoman", "Chairman",
    ];

    public static readonly string[] Roles =
    [
        "Associated Press", "Chief International Correspondent", "Staff Writer", "Business Reporter", "Senior Correspondent",
        "Health Reporter", "Political Editor",
    ];

    public static readonly string[] Organizations =
    [
        "the Health Ministry", "the city council", "the European Commission", "the World Bank", "the transit authority",
        "the state legislature", "the central bank", "the United Nations", "the Red Cross", "the port authority",
        "the teachers union", "the Interior Ministry", "the water utility", "NATO", "the electoral commission",
    ];

    public static readonly string[] Countries =
    [
        "Ukraine", "Saudi Arabia", "Kenya", "Nigeria", "Brazil", "Poland", "Germany", "France", "Japan", "Indonesia", "Mexico",
        "Canada", "Egypt", "Turkey", "India", "Peru", "Ghana", "Senegal", "Uruguay", "the Philippines",
    ];

    public static readonly string[] Cities =
    [
        "Riyadh", "Kyiv", "Lagos", "Nairobi", "Geneva", "Warsaw", "Odesa", "Mumbai", "Jakarta", "Chicago", "Houston", "Lima",
        "Istanbul", "Brussels", "Toronto", "Montevideo", "Accra", "Dakar", "Kharkiv", "Mykolaiv",
    ];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static readonly string[] Subheads =
    [
        "DIFFICULT JOURNEY", "WHAT COMES NEXT", "A LONG ROAD", "MONEY QUESTIONS", "LOCAL REACTION", "NATO EXPANSION",
        "THE VOTE", "BEHIND THE NUMBERS", "A CITY DIVIDED", "WHAT IS ON THE AGENDA", "CRITICS SPEAK OUT", "BACKGROUND",
    ];

    public static readonly string[] ListIntros =
    [
        "The agreement covers three areas", "Officials listed the following priorities", "The plan includes the following",
        "Under the proposal", "The report makes these recommendations",
    ];

    public static readonly string[] ListItems =
    [
        "funding to protect sites threatened by rising temperatures and flooding",
        "shared databases of stolen artifacts to help customs officers",
        "training for local guides and craftspeople",
        "a {pct} increase in the {topic} budget over {n} years",
        "new inspections of {topic} contracts in {city}",
        "an independent audit by {org}",
        "a hotline for residents affected by the {topic} changes",
        "quarterly reports to {org} on progress",
        "Crimea (annexed by Russia in 2014)",
        "{money} in loans for small businesses",
    ];

    public static readonly string[] Headlines =
    [
        "{country} And {country} Agree On Talks Over {topic}",
        "Officials In {city} Unveil {money} Plan For {topic}",
        "{org} Warns Of Delays As {topic} Costs Rise",
        "Voters In {city} Reject {topic} Measure By Narrow Margin",
        "Heritage ministers meet in {city} as {country} courts cultural tourism",
        "Court blocks {topic} rules after challenge by {n} states",
        "{title} {last} resigns amid questions over {topic} contracts",
        "Strike halts {topic} services across {country} for a second day",
        "Record turnout expected as {city} votes on {topic}",
        "Floods cut power to {big} homes in {country}",
    ];

    public static readonly string[] Decks =
    [
        "Delegates from {n} countries tour restored sites as the government bets billions on visitors",
        "The decision follows months of talks between {org} and local leaders",
        "Residents say the changes came too late, and too quietly",
        "Critics warn the plan could cost {money} more than budgeted",
    ];

    public static readonly string[] Sentences =
    [
        "The two-day meeting, held in a conference hall built to resemble the old town, is focused on {topic} and the cost of delay.",
        "Officials said the talks had gone well and that both sides agreed to meet again in {month}.",
        "{title} {person} said the plan would be paid for by a mix of federal grants and local bonds.",
        "The proposal, first floated in {year}, would raise spending on {topic} by {pct} over the next {n} years.",
        "Critics, including some specialists in {topic}, say parts of the plan have gone too far.",
        "More than {big} people were affected, according to figures released by {org} on {day}.",
        "The vote is expected on {day}, although several members said they had not yet made up their minds.",
        "{org} said in a statement that it would review the findings and respond within {n} days.",
        "Residents of {city} have complained for years about rising costs and long waits.",
        "The government has poured {money} into {topic} since {year}, with mixed results.",
        "Negotiators from {country} and {country} met behind closed doors for more than {n} hours.",
        "It is the first such gathering hosted by {country} and the largest since {year}.",
        "Analysts said the decision could ripple through {topic} markets across the region.",
        "Police said {n} people were detained and later released without charge.",
        "The measure passed {n} to {n}, with {n} members absent.",
        "A spokesperson for {org} declined to comment on the details of the agreement.",
        "Shares in several {topic} companies fell by as much as {pct} after the announcement.",
        "The ministry said it had received more than {big} applications since the program opened in {month}.",
        "Local businesses say they have lost customers since the work began in {year}.",
        "The report, which runs to more than {n} pages, makes {n} recommendations on {topic2}.",
        "Temperatures dropped below freezing overnight, and the city opened {n} warming shelters.",
        "Lawmakers returned to the Capitol on {day} to debate the {topic} bill.",
        "The delegation arrived in {city} on {day} and is scheduled to leave on {day}.",
        "Over the weekend, tens of thousands of residents in {city} woke up without heating.",
        "He added that a potential summit had been discussed but was unlikely to happen next week.",
        "She said the agency would publish the full data on its website by the end of {month}.",
        "Officials say the area received more than {big} visitors last year.",
        "Is this the end of the {topic} program, or only a pause?",
        "The U.S. Secretary of State said the two sides agreed to create a high-level team to support the talks.",
        "Construction is expected to take {n} months and cost about {money}.",
        "The council will hold a public hearing on the plan in {month}.",
        "Turnout was {pct}, the highest for a local election since {year}.",
    ];
}
