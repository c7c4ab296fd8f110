using EGov.Data.Csv;

namespace EGov.Data;

/// <summary>Reads and validates the canonical files; every problem in any of them is collected before anything is returned.</summary>
internal static class CanonicalReader
{
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
        problems.AddRange(DatasetRules.Check(located, iso3s, CanonicalFormat.EgdiColumn(SurveySchema.Of(SurveyIndex.Egdi).Field), problems.Files));
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

    private static readonly (SurveyIndex Index, int Column)[] IndexColumns =
        SurveySchema.Indices.Select(d => (d.Index, CanonicalFormat.EgdiColumn(d.Field).Number - 1)).ToArray();
    private static readonly int RankColumn = CanonicalFormat.EgdiColumn(SurveySchema.RankField).Number - 1;

    internal static List<Located<EditionRecord>> ReadRecords(CsvDocument? document, ICollection<ValidationProblem> problems) =>
        ReadRows(document, problems, (fields, row) =>
        {
            var edition = fields.Edition(row, 0);
            var iso3 = fields.Iso3(row, 1);
            var name = fields.Required(row, 2);
            var values = new decimal?[IndexColumns.Length];
            foreach (var (index, column) in IndexColumns) values[(int)index] = fields.Index(row, column, index, edition);
            var rank = fields.Rank(row, RankColumn);
            return new Located<EditionRecord>(new EditionRecord(edition ?? 0, iso3!, name!, values[(int)SurveyIndex.Egdi], values[(int)SurveyIndex.Osi],
                values[(int)SurveyIndex.Hci], values[(int)SurveyIndex.Tii], values[(int)SurveyIndex.Epi], rank), document!.Path, row.Line);
        });

    internal static List<Country> ReadCountries(CsvDocument? document, ICollection<ValidationProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return ReadRows(document, problems, (fields, row) =>
        {
            var iso3 = fields.Iso3(row, 0);
            var name = fields.Required(row, 1);
            var values = SurveySchema.Classifications.Select((classification, i) =>
            {
                var value = fields.Required(row, 2 + i);
                if (value is not null && !classification.Allows(value)) fields.Report(row, 2 + i, ValidationRule.NotAllowedValue, classification.NotAllowedMessage());
                return value;
            }).ToArray();
            if (iso3 is not null && !seen.Add(iso3))
                fields.Report(row, 0, ValidationRule.DuplicateRow, "the ISO3 code appears twice");
            return new Country(iso3!, name!, values[0]!, values[1]!, values[2]!, values[3]!) { M49 = ReadM49(fields, row, 2 + SurveySchema.Classifications.Count) };
        });
    }

    /// <summary>The M49 columns of a countries row: all empty (imported without the M49 file) or all given.</summary>
    private static M49Entry? ReadM49(FieldParser fields, CsvLine row, int first)
    {
        var texts = SurveySchema.M49Columns.Select((_, i) => FieldParser.Field(row, first + i).Trim()).ToArray();
        if (texts.All(t => t.Length == 0)) return null;
        var ok = true;
        for (var i = 0; i < texts.Length; i++)
        {
            var column = SurveySchema.M49Columns[i];
            var isCode = column is "m49" or "region_code" or "sub_region_code" or "m49_sub_region_code";
            var isFlag = column is "ldc" or "lldc" or "sids";
            var message = texts[i].Length == 0 ? "the M49 columns are all given or all empty"
                : isCode && !(texts[i].Length == 3 && texts[i].All(char.IsAsciiDigit)) ? "an M49 code is three digits"
                : isFlag && texts[i] is not ("true" or "false") ? "a special-situation flag is true or false"
                : null;
            if (message is null) continue;
            fields.Report(row, first + i, texts[i].Length == 0 ? ValidationRule.MissingValue : ValidationRule.NotAllowedValue, message);
            ok = false;
        }
        if (!ok) return null;
        return new M49Entry(texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6], texts[7] == "true", texts[8] == "true", texts[9] == "true");
    }

    internal static List<CountryAlias> ReadAliases(CsvDocument? document, IReadOnlySet<string> iso3s, ICollection<ValidationProblem> problems)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        return ReadRows(document, problems, (fields, row) =>
        {
            var before = problems.Count;
            var alias = fields.Required(row, 0);
            var iso3 = fields.Iso3(row, 1);
            var seenIn = fields.Required(row, 2);
            if (iso3 is not null && !iso3s.Contains(iso3))
                fields.Report(row, 1, ValidationRule.UnknownIso3, "the ISO3 code is not in the countries table");
            if (alias is not null && iso3 is not null && byKey.TryGetValue(NameKey.Of(alias), out var other) && other != iso3)
                fields.Report(row, 0, ValidationRule.ConflictingAlias, $"the same name already means {other}");
            if (problems.Count > before) return null;
            byKey[NameKey.Of(alias!)] = iso3!;
            return new CountryAlias(alias!, iso3!, seenIn!);
        });
    }

    internal static List<QualityFlag> ReadQualityFlags(CsvDocument? document, IReadOnlyList<Located<EditionRecord>> records, ICollection<ValidationProblem> problems)
    {
        var keys = records.Select(l => (l.Value.Edition, l.Value.Iso3)).ToHashSet();
        return ReadRows(document, problems, (fields, row) =>
        {
            var edition = fields.Edition(row, 0);
            var iso3 = fields.Iso3(row, 1);
            var field = fields.Required(row, 2);
            var code = fields.Required(row, 3);
            var reason = fields.Required(row, 4);
            if (field is not null && !SurveySchema.ValueFields.Contains(field))
                fields.Report(row, 2, ValidationRule.NotAllowedValue, $"not a value column of {CanonicalFormat.EgdiFile} ({string.Join(", ", SurveySchema.ValueFields)})");
            var flag = code is null ? null : QualityFlagKinds.Parse(code);
            if (code is not null && flag is null)
                fields.Report(row, 3, ValidationRule.NotAllowedValue, $"not a quality flag ({string.Join(", ", Enum.GetValues<QualityFlagKind>().Select(k => k.Code()))})");
            if (edition is not null && iso3 is not null && !keys.Contains((edition.Value, iso3)))
                problems.Add(new ValidationProblem(document!.Path, row.Line, 0, "", $"{edition} {iso3}", ValidationRule.UnknownIso3,
                    $"the flag names an edition and country that {CanonicalFormat.EgdiFile} does not have"));
            return new QualityFlag(edition ?? 0, iso3!, field!, flag ?? default, reason!);
        });
    }

    /// <summary>
    /// Reads every row with the header's field count through <paramref name="read"/>; a row is kept only when reading it
    /// reported no problem and gave a value.
    /// </summary>
    private static List<T> ReadRows<T>(CsvDocument? document, ICollection<ValidationProblem> problems, Func<FieldParser, CsvLine, T?> read) where T : class
    {
        var result = new List<T>();
        if (document is null) return result;
        var fields = new FieldParser(document, problems);
        foreach (var row in document.Rows)
        {
            if (!fields.HasHeaderFieldCount(row)) continue;
            var before = problems.Count;
            var value = read(fields, row);
            if (problems.Count == before && value is not null) result.Add(value);
        }
        return result;
    }
}
