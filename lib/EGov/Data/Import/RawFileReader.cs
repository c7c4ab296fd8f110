using System.Text.RegularExpressions;
using EGov.Data.Csv;

namespace EGov.Data.Import;

/// <summary>Reads one input file in any <see cref="RawFormat"/>, reporting every field-level problem.</summary>
public static partial class RawFileReader
{
    private static readonly IReadOnlySet<string> IncomeGroups = new HashSet<string>(["High income", "Upper middle income", "Lower middle income", "Low income"], StringComparer.Ordinal);
    private static readonly IReadOnlySet<string> DevelopmentStatuses = new HashSet<string>(["Developed", "Developing"], StringComparer.Ordinal);

    /// <summary>Reads a file; returns <c>null</c> when it cannot be read at all (the reason is among <paramref name="problems"/>).</summary>
    public static RawFile? Read(string path, ICollection<ValidationProblem> problems)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ValidationProblem(path, 0, 0, "", "", ValidationRule.MissingInput, $"cannot read the file: {e.Message}"));
            return null;
        }
        var text = CsvDocument.DecodeUtf8(path, bytes, problems);
        if (text is null) return null;
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOfAny('\r', '\n') is var i and >= 0 ? i : text.Length)).ToString();
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        var document = CsvDocument.ParseText(path, text, separator, problems);
        if (document is null) return null;
        var format = RawFormats.Detect(document.Header);
        if (format is null)
        {
            problems.Add(new ValidationProblem(path, 1, 0, "", firstLine, ValidationRule.WrongHeader, RawFormats.KnownHeaders()));
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
            _ => throw new InvalidOperationException($"Format {format} has no reader."),
        };
    }

    private static RawFile ReadUnExport(CsvDocument document, FieldParser fields)
    {
        var rows = new List<RawEditionRow>();
        foreach (var row in document.Rows)
        {
            if (!fields.HasHeaderFieldCount(row)) continue;
            var before = fields.Problems.Count;
            var edition = fields.Edition(row, 0);
            var name = fields.Required(row, 1);
            var rank = fields.Rank(row, 2);
            var egdi = fields.Index(row, 3);
            var epi = fields.Index(row, 4);
            var osi = fields.Index(row, 5);
            var hci = fields.Index(row, 6, IndexRanges.Maximum(edition ?? 0, SurveyIndex.Hci));
            var tii = fields.Index(row, 7);
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
        if (!match.Success || !Editions.IsPlausible(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
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
            var name = fields.Required(row, 1);
            var rank = fields.Rank(row, 2);
            var egdi = FromFloat(fields.Index(row, 3));
            var epi = FromFloat(fields.Index(row, 4));
            var osi = FromFloat(fields.Index(row, 5));
            var hci = FromFloat(fields.Index(row, 6, IndexRanges.Maximum(edition, SurveyIndex.Hci)));
            var tii = FromFloat(fields.Index(row, 7));
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
            var name = fields.Required(row, 1);
            var region = Allowed(fields, row, 3, CanonicalReader.Regions, "a survey region");
            var subRegion = fields.Required(row, 4);
            var income = Allowed(fields, row, 5, IncomeGroups, "a World Bank income group");
            var status = Allowed(fields, row, 8, DevelopmentStatuses, "a development status");
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
            var rowNames = nameColumns.Select(c => fields.Required(row, c)).ToList();
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

    private static string? Allowed(FieldParser fields, CsvLine row, int index, IReadOnlySet<string> allowed, string what)
    {
        var text = fields.Required(row, index);
        if (text is null || allowed.Contains(text)) return text;
        fields.Report(row, index, ValidationRule.NotAllowedValue, $"not {what} ({string.Join(", ", allowed)})");
        return null;
    }


    /// <summary>
    /// UNU-EGOV's files are float-serialised copies of the UN's five-decimal values ("0.6955600000000001", "0.9931"):
    /// round to five decimals and show five, as the UN published them.
    /// </summary>
    private static decimal? FromFloat(decimal? value) => value is { } v ? decimal.Round(v, 5) + 0.00000m : null;

    [GeneratedRegex(@"^egdi-(\d{4})\.csv$", RegexOptions.IgnoreCase)]
    private static partial Regex EditionInFileName();
}
