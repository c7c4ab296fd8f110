namespace EGov.Data.Import;

/// <summary>The input formats <c>egov import</c> understands, recognised by their header line.</summary>
public enum RawFormat
{
    /// <summary>The UN E-Government Knowledgebase Data Center export: <c>Survey Year,Country Name,E-Government Rank,...</c> (extra trailing columns such as a hand-made Region are ignored).</summary>
    UnExport,
    /// <summary>UNU-EGOV's copy of an edition: <c>country-code,country-name,e-gov-rank,...</c>, the edition taken from the file name (<c>egdi-2018.csv</c>).</summary>
    UnuEgdi,
    /// <summary>UNU-EGOV's country metadata: <c>country-code,country-name,website,region,sub-region,income,...</c>; the countries table comes from it.</summary>
    UnuCountries,
    /// <summary>UNU-EGOV's English country list (<c>;</c>-separated, common and official names): a source of name spellings.</summary>
    UnuCountryNames,
    /// <summary>World Bank Data360 wide export of UN_EGDI (<c>FREQ,FREQ_LABEL,REF_AREA,REF_AREA_LABEL,...</c>): a source of name spellings.</summary>
    Data360Wide,
    /// <summary>
    /// The UN Statistics Division's M49 list (<c>Global Code,Global Name,Region Code,...,Small Island Developing States (SIDS)</c>),
    /// in English or in Chinese (the same columns; the language is read from the Global Name, World or 世界): codes, region
    /// and sub-region names and the LDC, LLDC and SIDS flags of the countries table.
    /// </summary>
    M49,
}

/// <summary>Headers and labels of the <see cref="RawFormat"/>s.</summary>
public static class RawFormats
{
    /// <summary>The first eight columns of a UN export.</summary>
    public static readonly IReadOnlyList<string> UnExportHeader =
    [
        "Survey Year", "Country Name", "E-Government Rank", "E-Government Index", "E-Participation Index",
        "Online Service Index", "Human Capital Index", "Telecommunication Infrastructure Index",
    ];

    /// <summary>The columns of a UNU-EGOV edition file.</summary>
    public static readonly IReadOnlyList<string> UnuEgdiHeader = ["country-code", "country-name", "e-gov-rank", "e-gov-index", "e-pat-index", "osi", "hci", "tii"];

    /// <summary>The first columns of UNU-EGOV's countries-data.csv.</summary>
    public static readonly IReadOnlyList<string> UnuCountriesHeader = ["country-code", "country-name", "website", "region", "sub-region", "income", "income-value", "population", "developed"];

    /// <summary>The columns of UNU-EGOV's countries-data_EN.csv.</summary>
    public static readonly IReadOnlyList<string> UnuCountryNamesHeader = ["COUNTRY CODE", "COMMON NAME", "OFFICIAL NAME", "REGION", "SUB-REGION", "INCOME", "STATUS"];

    /// <summary>The first columns of a Data360 wide export.</summary>
    public static readonly IReadOnlyList<string> Data360Header = ["FREQ", "FREQ_LABEL", "REF_AREA", "REF_AREA_LABEL", "INDICATOR"];

    /// <summary>The columns of the UNSD M49 file.</summary>
    public static readonly IReadOnlyList<string> M49Header =
    [
        "Global Code", "Global Name", "Region Code", "Region Name", "Sub-region Code", "Sub-region Name", "Intermediate Region Code",
        "Intermediate Region Name", "Country or Area", "M49 Code", "ISO-alpha2 Code", "ISO-alpha3 Code", "Least Developed Countries (LDC)",
        "Land Locked Developing Countries (LLDC)", "Small Island Developing States (SIDS)",
    ];

    /// <summary>A short label used in <c>seen_in</c> and reports.</summary>
    public static string Label(RawFormat format) => format switch
    {
        RawFormat.UnExport => "UN export",
        RawFormat.UnuEgdi => "UNU-EGOV egdi",
        RawFormat.UnuCountries => "UNU-EGOV countries",
        RawFormat.UnuCountryNames => "UNU-EGOV country names",
        RawFormat.Data360Wide => "Data360 UN_EGDI",
        RawFormat.M49 => "UNSD M49",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format."),
    };

    /// <summary>Recognises a format from a header (already split on its separator), or returns <c>null</c>.</summary>
    public static RawFormat? Detect(IReadOnlyList<string> header)
    {
        var trimmed = header.Select(h => h.Trim()).ToList();
        bool StartsWith(IReadOnlyList<string> expected) => trimmed.Count >= expected.Count && trimmed.Take(expected.Count).SequenceEqual(expected, StringComparer.Ordinal);
        if (StartsWith(UnExportHeader)) return RawFormat.UnExport;
        if (trimmed.Count == UnuEgdiHeader.Count && StartsWith(UnuEgdiHeader)) return RawFormat.UnuEgdi;
        if (StartsWith(UnuCountriesHeader)) return RawFormat.UnuCountries;
        if (StartsWith(UnuCountryNamesHeader)) return RawFormat.UnuCountryNames;
        if (StartsWith(Data360Header)) return RawFormat.Data360Wide;
        if (trimmed.Count == M49Header.Count && StartsWith(M49Header)) return RawFormat.M49;
        return null;
    }

    /// <summary>A sentence listing the known headers, for the "wrong header" report.</summary>
    public static string KnownHeaders() =>
        "expected a UN export ('" + string.Join(",", UnExportHeader) + "'), a UNU-EGOV file ('" + string.Join(",", UnuEgdiHeader) +
        "' or '" + string.Join(",", UnuCountriesHeader) + "'), UNU-EGOV country names ('" + string.Join(";", UnuCountryNamesHeader) +
        "'), a Data360 UN_EGDI wide export ('" + string.Join(",", Data360Header) + ",...') or the UNSD M49 list ('" + string.Join(",", M49Header) + "')";
}
