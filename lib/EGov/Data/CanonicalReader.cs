using EGov.Data.Csv;

namespace EGov.Data;

/// <summary>Reads and validates the canonical files; every problem in any of them is collected before anything is returned.</summary>
public static class CanonicalReader
{
    /// <summary>The regions the survey uses (<see cref="Classifications.Regions"/>).</summary>
    public static IReadOnlySet<string> Regions => Classifications.Regions;

    /// <summary>Reads a dataset from the files' bytes keyed by file name; <paramref name="displayPrefix"/> is put before each name in reports.</summary>
    /// <exception cref="DataValidationException">Any file is missing or breaks a rule.</exception>
    public static SurveyDataset Read(IReadOnlyDictionary<string, byte[]> files, string displayPrefix)
    {
        var problems = new ProblemList();
        string Display(string name) => displayPrefix + name;
        // A dataset written before quality flags existed has no quality-flags.csv (nor lists it): its flags are derived on load.
        var flagsListed = files.TryGetValue(CanonicalFormat.ManifestFile, out var manifest)
                          && System.Text.Encoding.UTF8.GetString(manifest).Contains($"\"{CanonicalFormat.QualityFlagsFile}\"", StringComparison.Ordinal);
        var required = CanonicalFormat.CsvFiles.Where(n => n != CanonicalFormat.QualityFlagsFile || flagsListed || files.ContainsKey(n));
        foreach (var name in required.Append(CanonicalFormat.ManifestFile).Where(n => !files.ContainsKey(n)))
            problems.Add(new ValidationProblem(Display(name), 0, 0, "", "", ValidationRule.MissingInput, "the file is missing"));
        problems.ThrowIfAny();

        var countries = ReadCountries(Parse(CanonicalFormat.CountriesFile, CanonicalFormat.CountriesHeader), problems);
        var iso3s = countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        var aliases = ReadAliases(Parse(CanonicalFormat.AliasesFile, CanonicalFormat.AliasesHeader), iso3s, problems);
        var located = ReadRecords(Parse(CanonicalFormat.EgdiFile, CanonicalFormat.EgdiHeader), problems);
        var flags = files.ContainsKey(CanonicalFormat.QualityFlagsFile)
            ? ReadQualityFlags(Parse(CanonicalFormat.QualityFlagsFile, CanonicalFormat.QualityFlagsHeader), located, problems)
            : QualityRules.Derive(located.Select(l => l.Value)).ToList();
        problems.AddRange(DatasetRules.Check(located, iso3s, ("egdi", 4), problems.Files));
        problems.AddRange(DataPackageManifest.VerifyChecksums(Display(CanonicalFormat.ManifestFile), files[CanonicalFormat.ManifestFile], files));
        problems.ThrowIfAny();

        IReadOnlyList<EditionSource> sources;
        try
        {
            sources = DataPackageManifest.ReadEditionSources(files[CanonicalFormat.ManifestFile]);
        }
        catch (FormatException e)
        {
            problems.Add(new ValidationProblem(Display(CanonicalFormat.ManifestFile), 0, 0, "", "", ValidationRule.ChecksumMismatch, e.Message));
            throw new DataValidationException(problems);
        }
        return new SurveyDataset(located.Select(l => l.Value).ToList(), countries, aliases, sources) { QualityFlags = flags };

        CsvDocument? Parse(string name, IReadOnlyList<string> header)
        {
            var document = CsvDocument.Parse(Display(name), files[name], ',', problems);
            if (document is null) return null;
            if (!document.Header.SequenceEqual(header, StringComparer.Ordinal))
            {
                problems.Add(new ValidationProblem(document.Path, 1, 0, "", string.Join(",", document.Header), ValidationRule.WrongHeader,
                    $"expected the header '{string.Join(",", header)}'"));
                return null;
            }
            return document;
        }
    }

    internal static List<Located<EditionRecord>> ReadRecords(CsvDocument? document, ICollection<ValidationProblem> problems)
    {
        var records = new List<Located<EditionRecord>>();
        if (document is null) return records;
        var fields = new FieldParser(document, problems);
        foreach (var row in document.Rows)
        {
            if (!fields.HasHeaderFieldCount(row)) continue;
            var before = problems.Count;
            var edition = fields.Edition(row, 0);
            var iso3 = fields.Iso3(row, 1);
            var name = fields.Required(row, 2);
            var year = edition ?? 0;
            var egdi = fields.Index(row, 3);
            var osi = fields.Index(row, 4);
            var hci = fields.Index(row, 5, IndexRanges.Maximum(year, SurveyIndex.Hci));
            var tii = fields.Index(row, 6);
            var epi = fields.Index(row, 7);
            var rank = fields.Rank(row, 8);
            if (problems.Count > before) continue;
            records.Add(new Located<EditionRecord>(new EditionRecord(edition!.Value, iso3!, name!, egdi, osi, hci, tii, epi, rank), document.Path, row.Line));
        }
        return records;
    }

    internal static List<Country> ReadCountries(CsvDocument? document, ICollection<ValidationProblem> problems)
    {
        var countries = new List<Country>();
        if (document is null) return countries;
        var fields = new FieldParser(document, problems);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in document.Rows)
        {
            if (!fields.HasHeaderFieldCount(row)) continue;
            var before = problems.Count;
            var iso3 = fields.Iso3(row, 0);
            var values = Enumerable.Range(1, 5).Select(i => fields.Required(row, i)).ToArray();
            if (values[1] is { } region && !Classifications.Regions.Contains(region))
                fields.Report(row, 2, ValidationRule.NotAllowedValue, $"not a survey region ({string.Join(", ", Classifications.Regions)})");
            if (values[2] is { } subRegion && !Classifications.SubRegions.Contains(subRegion))
                fields.Report(row, 3, ValidationRule.NotAllowedValue, "not a UN M49 sub-region of the survey");
            if (values[3] is { } income && !Classifications.IncomeGroups.Contains(income))
                fields.Report(row, 4, ValidationRule.NotAllowedValue, $"not a World Bank income group ({string.Join(", ", Classifications.IncomeGroups)})");
            if (values[4] is { } status && !Classifications.DevelopmentStatuses.Contains(status))
                fields.Report(row, 5, ValidationRule.NotAllowedValue, "not a development status (Developed, Developing)");
            if (iso3 is not null && !seen.Add(iso3))
                fields.Report(row, 0, ValidationRule.DuplicateRow, "the ISO3 code appears twice");
            if (problems.Count > before) continue;
            countries.Add(new Country(iso3!, values[0]!, values[1]!, values[2]!, values[3]!, values[4]!));
        }
        return countries;
    }

    internal static List<CountryAlias> ReadAliases(CsvDocument? document, IReadOnlySet<string> iso3s, ICollection<ValidationProblem> problems)
    {
        var aliases = new List<CountryAlias>();
        if (document is null) return aliases;
        var fields = new FieldParser(document, problems);
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in document.Rows)
        {
            if (!fields.HasHeaderFieldCount(row)) continue;
            var before = problems.Count;
            var alias = fields.Required(row, 0);
            var iso3 = fields.Iso3(row, 1);
            var seenIn = fields.Required(row, 2);
            if (iso3 is not null && !iso3s.Contains(iso3))
                fields.Report(row, 1, ValidationRule.UnknownIso3, "the ISO3 code is not in the countries table");
            if (alias is not null && iso3 is not null && byKey.TryGetValue(NameKey.Of(alias), out var other) && other != iso3)
                fields.Report(row, 0, ValidationRule.ConflictingAlias, $"the same name already means {other}");
            if (problems.Count > before) continue;
            byKey[NameKey.Of(alias!)] = iso3!;
            aliases.Add(new CountryAlias(alias!, iso3!, seenIn!));
        }
        return aliases;
    }

    internal static List<QualityFlag> ReadQualityFlags(CsvDocument? document, IReadOnlyList<Located<EditionRecord>> records, ICollection<ValidationProblem> problems)
    {
        var flags = new List<QualityFlag>();
        if (document is null) return flags;
        var fields = new FieldParser(document, problems);
        var keys = records.Select(l => (l.Value.Edition, l.Value.Iso3)).ToHashSet();
        foreach (var row in document.Rows)
        {
            if (!fields.HasHeaderFieldCount(row)) continue;
            var before = problems.Count;
            var edition = fields.Edition(row, 0);
            var iso3 = fields.Iso3(row, 1);
            var field = fields.Required(row, 2);
            var code = fields.Required(row, 3);
            var reason = fields.Required(row, 4);
            if (field is not null && (field == "edition" || field == "iso3" || field == "country_name" || !CanonicalFormat.EgdiHeader.Contains(field)))
                fields.Report(row, 2, ValidationRule.NotAllowedValue, "not a value column of egdi.csv (egdi, osi, hci, tii, epi, egdi_rank)");
            var flag = code is null ? null : QualityFlagKinds.Parse(code);
            if (code is not null && flag is null)
                fields.Report(row, 3, ValidationRule.NotAllowedValue, $"not a quality flag ({string.Join(", ", Enum.GetValues<QualityFlagKind>().Select(k => k.Code()))})");
            if (edition is not null && iso3 is not null && !keys.Contains((edition.Value, iso3)))
                fields.ReportRow(row, ValidationRule.UnknownIso3, "the flag names an edition and country that egdi.csv does not have", $"{edition} {iso3}");
            if (problems.Count > before) continue;
            flags.Add(new QualityFlag(edition!.Value, iso3!, field!, flag!.Value, reason!));
        }
        return flags;
    }
}
