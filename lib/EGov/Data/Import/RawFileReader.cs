using System.Text.RegularExpressions;
using EGov.Data.Csv;

namespace EGov.Data.Import;

/// <summary>Reads one input file in any <see cref="RawFormat"/>, reporting every field-level problem.</summary>
public static partial class RawFileReader
{
    /// <summary>Reads a file with the default limits; returns <c>null</c> when it cannot be read at all (the reason is among <paramref name="problems"/>).</summary>
    public static RawFile? Read(string path, ICollection<ValidationProblem> problems) => Read(path, problems, ImportLimits.Default);

    /// <summary>Reads a file; returns <c>null</c> when it cannot be read at all (the reason is among <paramref name="problems"/>).</summary>
    public static RawFile? Read(string path, ICollection<ValidationProblem> problems, ImportLimits limits)
    {
        var (bytes, rule, reason) = Storage.BoundedFile.Read(path, limits.MaxFileBytes);
        if (bytes is null)
        {
            problems.Add(new ValidationProblem(path, 0, 0, "", "", rule, reason));
            return null;
        }
        return Parse(path, bytes, problems, limits);
    }

    /// <summary>Parses a file's bytes (see <see cref="Read(string, ICollection{ValidationProblem}, ImportLimits)"/>).</summary>
    public static RawFile? Parse(string path, byte[] bytes, ICollection<ValidationProblem> problems, ImportLimits limits)
    {
        var text = CsvDocument.DecodeUtf8(path, bytes, problems);
        if (text is null) return null;
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOfAny('\r', '\n') is var i and >= 0 ? i : text.Length)).ToString();
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var document = CsvDocument.ParseText(path, text, separator, problems, limits.MaxRowsPerFile);
        if (document is null) return null;
        var format = RawFormats.Detect(document.Header);
        if (format is null)
        {
            problems.Add(new ValidationProblem(path, 1, 0, "", firstLine.Length > 300 ? firstLine[..300] : firstLine, ValidationRule.WrongHeader, RawFormats.KnownHeaders()));
            return null;
        }
        if (!HasUniqueColumns(document, problems)) return null;
        if (document.Rows.Count == 0)
        {
            problems.Add(new ValidationProblem(path, 1, 0, "", "", ValidationRule.NoDataRows,
                $"the file has a {RawFormats.Label(format.Value)} header but no data rows"));
            return null;
        }
        var fields = new FieldParser(document, problems);
        return format.Value switch
        {
            RawFormat.UnExport => ReadUnExport(document, fields),
            RawFormat.UnuEgdi => ReadUnuEgdi(document, fields),
            RawFormat.UnuCountries => ReadUnuCountries(document, fields),
            RawFormat.UnuCountryNames => ReadNames(document, fields, format.Value, 0, [1, 2]),
            RawFormat.Data360Wide => ReadNames(document, fields, format.Value, 2, [3]),
            RawFormat.M49 => ReadM49(document, fields),
            _ => throw new InvalidOperationException($"Format {format} has no reader."),
        };
    }

    /// <summary>A column name given twice makes it ambiguous which one holds the value: refused (blank names are ignored).</summary>
    private static bool HasUniqueColumns(CsvDocument document, ICollection<ValidationProblem> problems)
    {
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var unique = true;
        for (var c = 0; c < document.Header.Count; c++)
        {
            var name = document.Header[c].Trim();
            if (name.Length == 0) continue;
            if (first.TryGetValue(name, out var earlier))
            {
                problems.Add(new ValidationProblem(document.Path, 1, c + 1, name, name, ValidationRule.WrongHeader,
                    $"the column appears twice (columns {earlier + 1} and {c + 1}); which one holds the value is ambiguous"));
                unique = false;
            }
            else first.Add(name, c);
        }
        return unique;
    }

    private static RawFile ReadUnExport(CsvDocument document, FieldParser fields)
    {
        var rows = new List<RawEditionRow>();
        var named = EditionInExportName(document.Path);
        foreach (var row in document.Rows)
        {
            if (!fields.HasHeaderFieldCount(row)) continue;
            var before = fields.Problems.Count;
            var edition = fields.Edition(row, 0);
            if (edition is not null && named is not null && edition != named)
                fields.Report(row, 0, ValidationRule.EditionMismatch,
                    $"the file name says edition {named} but this row says {edition}; rename the file or fix the year");
            var name = fields.Name(row, 1);
            var rank = fields.Rank(row, 2);
            var egdi = fields.Index(row, 3, SurveyIndex.Egdi, edition);
            var epi = fields.Index(row, 4, SurveyIndex.Epi, edition);
            var osi = fields.Index(row, 5, SurveyIndex.Osi, edition);
            var hci = fields.Index(row, 6, SurveyIndex.Hci, edition);
            var tii = fields.Index(row, 7, SurveyIndex.Tii, edition);
            RequireAll(fields, row, [3, 4, 5, 6, 7]);
            if (fields.Problems.Count > before) continue;
            rows.Add(new RawEditionRow(document.Path, row.Line, RawFormat.UnExport, edition!.Value, name!, null, egdi, osi, hci, tii, epi, rank));
        }
        return new RawFile(document.Path, RawFormat.UnExport, rows, [], []);
    }

    private static RawFile ReadUnuEgdi(CsvDocument document, FieldParser fields)
    {
        var rows = new List<RawEditionRow>();
        var names = new List<NameEvidence>();
        var match = EditionInFileName().Match(Path.GetFileName(document.Path));
        if (!match.Success || !SurveySchema.IsPlausibleEdition(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
        {
            fields.Problems.Add(new ValidationProblem(document.Path, 0, 0, "", Path.GetFileName(document.Path), ValidationRule.UnknownEdition,
                "a UNU-EGOV edition file must be named egdi-<edition>.csv, e.g. egdi-2018.csv"));
            return new RawFile(document.Path, RawFormat.UnuEgdi, rows, names, []);
        }
        var edition = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var row in document.Rows)
        {
            if (!fields.HasHeaderFieldCount(row)) continue;
            var before = fields.Problems.Count;
            var iso3 = fields.Iso3(row, 0);
            var name = fields.Name(row, 1);
            var rank = fields.Rank(row, 2);
            var egdi = FromFloat(fields.Index(row, 3, SurveyIndex.Egdi, edition));
            var epi = FromFloat(fields.Index(row, 4, SurveyIndex.Epi, edition));
            var osi = FromFloat(fields.Index(row, 5, SurveyIndex.Osi, edition));
            var hci = FromFloat(fields.Index(row, 6, SurveyIndex.Hci, edition));
            var tii = FromFloat(fields.Index(row, 7, SurveyIndex.Tii, edition));
            if (fields.Problems.Count > before) continue;
            rows.Add(new RawEditionRow(document.Path, row.Line, RawFormat.UnuEgdi, edition, name!, iso3, egdi, osi, hci, tii, epi, rank));
            names.Add(new NameEvidence(name!, iso3!, RawFormats.Label(RawFormat.UnuEgdi), document.Path, row.Line));
        }
        return new RawFile(document.Path, RawFormat.UnuEgdi, rows, names, []);
    }

    private static RawFile ReadUnuCountries(CsvDocument document, FieldParser fields)
    {
        var countries = new List<Located<Country>>();
        var names = new List<NameEvidence>();
        foreach (var row in document.Rows)
        {
            if (!fields.HasHeaderFieldCount(row)) continue;
            var before = fields.Problems.Count;
            var iso3 = fields.Iso3(row, 0);
            var name = fields.Name(row, 1);
            var region = Allowed(fields, row, 3, SurveySchema.Regions);
            var subRegion = Allowed(fields, row, 4, SurveySchema.SubRegions, UnuSpellings);
            var income = Allowed(fields, row, 5, SurveySchema.IncomeGroups);
            var status = Allowed(fields, row, 8, SurveySchema.DevelopmentStatuses);
            if (fields.Problems.Count > before) continue;
            countries.Add(new Located<Country>(new Country(iso3!, name!, region!, subRegion!, income!, status!), document.Path, row.Line));
            names.Add(new NameEvidence(name!, iso3!, RawFormats.Label(RawFormat.UnuCountries), document.Path, row.Line));
        }
        return new RawFile(document.Path, RawFormat.UnuCountries, [], names, countries);
    }

    private static RawFile ReadNames(CsvDocument document, FieldParser fields, RawFormat format, int codeColumn, int[] nameColumns)
    {
        var names = new List<NameEvidence>();
        foreach (var row in document.Rows)
        {
            if (row.Fields.All(string.IsNullOrWhiteSpace)) continue;
            if (!fields.HasHeaderFieldCount(row)) continue;
            var before = fields.Problems.Count;
            var iso3 = fields.Iso3(row, codeColumn);
            var rowNames = nameColumns.Select(c => fields.Name(row, c)).ToList();
            if (fields.Problems.Count > before) continue;
            names.AddRange(rowNames.Select(n => new NameEvidence(n!, iso3!, RawFormats.Label(format), document.Path, row.Line)));
        }
        return new RawFile(document.Path, format, [], names, []);
    }

    private static void RequireAll(FieldParser fields, CsvLine row, int[] columns)
    {
        foreach (var column in columns)
            if (FieldParser.Field(row, column).Trim().Length == 0)
                fields.Report(row, column, ValidationRule.MissingValue, "a UN export gives every index (0 where not assessed)");
    }

    /// <summary>UNU-EGOV's spellings of sub-regions that M49 names otherwise (M49 021 is "Northern America").</summary>
    private static readonly Dictionary<string, string> UnuSpellings = new(StringComparer.Ordinal) { ["North America"] = "Northern America" };

    private static RawFile ReadM49(CsvDocument document, FieldParser fields)
    {
        var rows = new List<Located<M49Row>>();
        foreach (var row in document.Rows)
        {
            if (row.Fields.All(string.IsNullOrWhiteSpace)) continue;
            if (!fields.HasHeaderFieldCount(row)) continue;
            string F(int i) => FieldParser.Field(row, i).Trim();
            if (F(11).Length == 0) continue; // an area without an ISO3 code (e.g. Sark) is in no table of the survey
            var before = fields.Problems.Count;
            var iso3 = fields.Iso3(row, 11);
            bool? chinese = F(1) switch { "World" => false, "世界" => true, _ => null };
            if (chinese is null) fields.Report(row, 1, ValidationRule.NotAllowedValue, "the Global Name of an M49 file is World (English) or 世界 (Chinese)");
            if (!IsM49Code(F(9))) fields.Report(row, 9, ValidationRule.NotAllowedValue, "an M49 code is three digits");
            // Region, sub-region and intermediate region: a code and a name, or neither (Antarctica is in no region).
            foreach (var code in new[] { 2, 4, 6 })
            {
                if (F(code).Length > 0 && !IsM49Code(F(code))) fields.Report(row, code, ValidationRule.NotAllowedValue, "an M49 code is three digits");
                if ((F(code).Length == 0) != (F(code + 1).Length == 0))
                    fields.Report(row, F(code).Length == 0 ? code : code + 1, ValidationRule.MissingValue, "an M49 area has both a code and a name, or neither");
            }
            var flags = new[] { 12, 13, 14 }.Select(i => Flag(fields, row, i)).ToArray();
            if (fields.Problems.Count > before) continue;
            rows.Add(new Located<M49Row>(new M49Row(chinese!.Value, iso3!, F(9), F(2), F(3), F(4), F(5), F(6), F(7), flags[0], flags[1], flags[2]),
                document.Path, row.Line));
        }
        return new RawFile(document.Path, RawFormat.M49, [], [], []) { M49Rows = rows };
    }

    private static bool IsM49Code(string text) => text.Length == 3 && text.All(char.IsAsciiDigit);

    private static bool Flag(FieldParser fields, CsvLine row, int index)
    {
        var text = FieldParser.Field(row, index).Trim();
        if (text is "x" or "X") return true;
        if (text.Length != 0) fields.Report(row, index, ValidationRule.NotAllowedValue, "an M49 flag is x or empty");
        return false;
    }

    private static string? Allowed(FieldParser fields, CsvLine row, int index, Classification classification, IReadOnlyDictionary<string, string>? spellings = null)
    {
        var text = fields.Required(row, index);
        if (text is not null && spellings is not null && spellings.TryGetValue(text, out var renamed)) return renamed;
        if (text is null || classification.Allows(text)) return text;
        fields.Report(row, index, ValidationRule.NotAllowedValue, classification.NotAllowedMessage());
        return null;
    }

    /// <summary>
    /// UNU-EGOV's files are float-serialised copies of the UN's five-decimal values ("0.6955600000000001", "0.9931"):
    /// round to five decimals and show five, as the UN published them.
    /// </summary>
    private static decimal? FromFloat(decimal? value) => value is { } v ? decimal.Round(v, 5) + 0.00000m : null;

    /// <summary>The edition a UN export's file name gives (EGOV_DATA_2024.csv: 2024), or <c>null</c> when it names no single plausible edition.</summary>
    public static int? EditionInExportName(string path)
    {
        var years = YearInName().Matches(Path.GetFileName(path)).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Where(SurveySchema.IsPlausibleEdition).Distinct().ToList();
        return years.Count == 1 ? years[0] : null;
    }

    [GeneratedRegex(@"^egdi-(\d{4})\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex EditionInFileName();

    [GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial Regex YearInName();
}
