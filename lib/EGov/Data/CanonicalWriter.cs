using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace EGov.Data;

/// <summary>Writes a <see cref="SurveyDataset"/> as the canonical files: UTF-8 without BOM, LF line ends, RFC 4180 quoting.</summary>
internal static class CanonicalWriter
{
    /// <summary>The canonical files' bytes by file name, the manifest included.</summary>
    public static IReadOnlyDictionary<string, byte[]> Render(SurveyDataset dataset)
    {
        var files = new Dictionary<string, byte[]>
        {
            [CanonicalFormat.EgdiFile] = Csv(CanonicalFormat.EgdiHeader, dataset.Records.Select(r => new[]
            {
                r.Edition.ToString(CultureInfo.InvariantCulture), r.Iso3, r.CountryName,
                Number(r.Egdi), Number(r.Osi), Number(r.Hci), Number(r.Tii), Number(r.Epi),
                r.EgdiRank?.ToString(CultureInfo.InvariantCulture) ?? "",
            })),
            [CanonicalFormat.CountriesFile] = Csv(CanonicalFormat.CountriesHeader, dataset.Countries.Select(c => new[]
            {
                c.Iso3, c.Name, c.Region, c.SubRegion, c.IncomeGroup2018, c.DevelopmentStatus2018,
                c.M49?.Code ?? "", c.M49?.RegionCode ?? "", c.M49?.SubRegionCode ?? "", c.M49?.M49SubRegion ?? "", c.M49?.M49SubRegionCode ?? "",
                c.M49?.RegionZh ?? "", c.M49?.SubRegionZh ?? "", Flag(c.M49?.LeastDeveloped), Flag(c.M49?.Landlocked), Flag(c.M49?.SmallIsland),
            })),
            [CanonicalFormat.AliasesFile] = Csv(CanonicalFormat.AliasesHeader, dataset.Aliases.Select(a => new[] { a.Alias, a.Iso3, a.SeenIn })),
            [CanonicalFormat.QualityFlagsFile] = Csv(CanonicalFormat.QualityFlagsHeader, dataset.QualityFlags.Select(f => new[]
            {
                f.Edition.ToString(CultureInfo.InvariantCulture), f.Iso3, f.Field, f.Flag.Code(), f.Reason,
            })),
        };
        files[CanonicalFormat.ManifestFile] = DataPackageManifest.Render(dataset, files);
        return files;
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static byte[] Csv(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text))
        {
            foreach (var values in rows)
            {
                using var row = writer.NewRow();
                for (var i = 0; i < header.Count; i++) row[header[i]].Set(values[i]);
            }
        }
        var csv = text.ToString().ReplaceLineEndings("\n");
        if (csv.Length == 0) csv = string.Join(",", header) + "\n"; // Sep writes the header with the first row: a file without rows still has it
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(csv);
    }

    private static string Flag(bool? value) => value switch { true => "true", false => "false", null => "" };
}
