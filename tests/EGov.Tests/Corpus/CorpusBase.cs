using System.Globalization;
using System.Text;
using EGov.Data;
using EGov.Data.Import;

namespace EGov.Tests.Corpus;

/// <summary>
/// The valid base the malformed corpus is derived from: the project's own data/ (embedded in EGov.dll) written back out
/// in the input formats: a UN export of an edition (2024, or 2010 with its not-assessed rows as the UN wrote them: EGDI 0,
/// the shared last rank, 0 for missing components) and UNU-EGOV's countries table. Needs nothing outside the repository.
/// </summary>
internal static class CorpusBase
{
    public static readonly string[] UnHeader = [.. RawFormats.UnExportHeader];
    public static readonly string[] CountriesHeader = [.. RawFormats.UnuCountriesHeader];
    public static readonly string[] UnuHeader = [.. RawFormats.UnuEgdiHeader];

    private static SurveyDataset Data => DatasetStore.ReadEmbedded();

    /// <summary>The rows of a UN export of an edition, as fields.</summary>
    public static List<string[]> UnRows(int edition)
    {
        var records = Data.Records.Where(r => r.Edition == edition).OrderBy(r => r.EgdiRank ?? int.MaxValue).ThenBy(r => r.Iso3, StringComparer.Ordinal).ToList();
        var sharedLast = records.Count(r => r.IsAssessed) + 1;
        return records.Select(r => new[]
        {
            edition.ToString(CultureInfo.InvariantCulture), r.CountryName,
            (r.EgdiRank ?? sharedLast).ToString(CultureInfo.InvariantCulture),
            Number(r.Egdi), Number(r.Epi), Number(r.Osi), Number(r.Hci), Number(r.Tii),
        }).ToList();
    }

    /// <summary>The rows of a UNU-EGOV edition file (ISO3 first).</summary>
    public static List<string[]> UnuRows(int edition) =>
        Data.Records.Where(r => r.Edition == edition).OrderBy(r => r.Iso3, StringComparer.Ordinal).Select(r => new[]
        {
            r.Iso3, r.CountryName, r.EgdiRank?.ToString(CultureInfo.InvariantCulture) ?? "",
            Number(r.Egdi), Number(r.Epi), Number(r.Osi), Number(r.Hci), Number(r.Tii),
        }).ToList();

    /// <summary>The rows of UNU-EGOV's countries-data.csv.</summary>
    public static List<string[]> CountryRows() =>
        Data.Countries.Select(c => new[] { c.Iso3, c.Name, "", c.Region, c.SubRegion, c.IncomeGroup2018, "", "", c.DevelopmentStatus2018 }).ToList();

    /// <summary>A CSV text (LF, quoting where needed).</summary>
    public static string Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, char separator = ',')
    {
        var text = new StringBuilder();
        text.AppendJoin(separator, header.Select(f => Quote(f, separator))).Append('\n');
        foreach (var row in rows) text.AppendJoin(separator, row.Select(f => Quote(f, separator))).Append('\n');
        return text.ToString();
    }

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    public static byte[] UnExport(int edition, Action<List<string[]>>? mutate = null, string[]? header = null)
    {
        var rows = UnRows(edition);
        mutate?.Invoke(rows);
        return Utf8(Csv(header ?? UnHeader, rows));
    }

    public static byte[] Countries(Action<List<string[]>>? mutate = null)
    {
        var rows = CountryRows();
        mutate?.Invoke(rows);
        return Utf8(Csv(CountriesHeader, rows));
    }

    /// <summary>The row of a country (by ISO3) in UN export rows (the year first) or UNU-EGOV rows (the ISO3 first).</summary>
    public static string[] Row(List<string[]> rows, string iso3) =>
        rows.First(r => r[0] == iso3 || (r[0].Length == 4 && r[0].All(char.IsAsciiDigit) && r[1] == NameIn(int.Parse(r[0], CultureInfo.InvariantCulture), iso3)));

    /// <summary>The canonical name of a country in an edition.</summary>
    public static string NameIn(int edition, string iso3) => Data.Records.Single(r => r.Edition == edition && r.Iso3 == iso3).CountryName;

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "0.00000";

    private static string Quote(string field, char separator) =>
        field.Length > 0 && (field.Contains(separator) || field.Contains('"') || field.Contains('\n') || field.Contains('\r') || field[0] == ' ' || field[^1] == ' ')
            ? "\"" + field.Replace("\"", "\"\"") + "\""
            : field;
}
