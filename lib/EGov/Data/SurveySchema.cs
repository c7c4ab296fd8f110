namespace EGov.Data;

/// <summary>
/// The facts about the UN E-Government Survey that the code relies on, each written once: the editions, the number of
/// member states, the indices (names, columns, ranges) and the classifications of the countries table (regions,
/// sub-regions, income groups, development statuses). Everything else derives from here: field parsing
/// (<see cref="Csv.FieldParser"/>), the canonical files' columns (<see cref="CanonicalFormat"/>), reading and the dataset
/// rules (<see cref="CanonicalReader"/>, <see cref="DatasetRules"/>, the importer), the manifest's schema
/// (<see cref="DataPackageManifest"/>), the frames' columns (<see cref="SurveyColumns"/>) and the charts' labels and
/// colours (<c>EGov.Charts.ChartText</c>, <c>RegionColors</c>, <c>IndexColors</c>, <c>LevelColors</c>). The level groups
/// and their bands are in <see cref="LevelGroups"/>.
/// </summary>
public static class SurveySchema
{
    /// <summary>The number of UN member states the survey covers; every edition lists each of them once.</summary>
    public const int MemberStates = 193;

    /// <summary>Every edition published so far, oldest first.</summary>
    public static IReadOnlyList<int> Editions { get; } = [2003, 2004, 2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024];

    /// <summary>
    /// The indices, in the order of their columns in egdi.csv and of <see cref="SurveyIndex"/>. Every index lies in [0, 1]
    /// except the 2003 Human Capital Index: it was published above 1 for two countries (probable data errors, kept as
    /// published and flagged in data/quality-flags.csv) and the 2003 EGDI was computed from those values (data/README.md,
    /// "Values above 1"); the reading range admits them so that the published file can be loaded.
    /// </summary>
    public static IReadOnlyList<IndexDefinition> Indices { get; } =
    [
        new(SurveyIndex.Egdi, "EGDI", "E-Government Development Index", "egdi", 1m),
        new(SurveyIndex.Osi, "OSI", "Online Service Index", "osi", 1m),
        new(SurveyIndex.Hci, "HCI", "Human Capital Index", "hci", 1m) { MaximumByEdition = new Dictionary<int, decimal> { [2003] = 1.5m } },
        new(SurveyIndex.Tii, "TII", "Telecommunication Infrastructure Index", "tii", 1m),
        new(SurveyIndex.Epi, "EPI", "E-Participation Index", "epi", 1m),
    ];

    /// <summary>The components whose equally weighted mean is the EGDI.</summary>
    public static IReadOnlyList<SurveyIndex> EgdiComponents { get; } = [SurveyIndex.Osi, SurveyIndex.Hci, SurveyIndex.Tii];

    /// <summary>The column of egdi.csv holding the published EGDI rank.</summary>
    public const string RankField = "egdi_rank";

    /// <summary>The UN regions as the survey uses them, in display order.</summary>
    public static Classification Regions { get; } = new("region", "a survey region", ["Africa", "Americas", "Asia", "Europe", "Oceania"]);

    /// <summary>
    /// The 22 sub-regions the survey's member states fall into, as M49 names them. They mix two levels of M49: the
    /// intermediate region where M49 has one (Eastern, Middle, Southern and Western Africa inside Sub-Saharan Africa; Caribbean,
    /// Central America and South America inside Latin America and the Caribbean), otherwise the M49 sub-region. M49's own
    /// sub-region is <see cref="M49Entry.M49SubRegion"/>.
    /// </summary>
    public static Classification SubRegions { get; } = new("sub_region", "a UN M49 sub-region (or intermediate region) of the survey",
    [
        "Australia and New Zealand", "Caribbean", "Central America", "Central Asia", "Eastern Africa", "Eastern Asia", "Eastern Europe",
        "Melanesia", "Micronesia", "Middle Africa", "Northern Africa", "Northern America", "Northern Europe", "Polynesia", "South America",
        "South-eastern Asia", "Southern Africa", "Southern Asia", "Southern Europe", "Western Africa", "Western Asia", "Western Europe",
    ]);

    /// <summary>The World Bank income groups (as of 2018), highest first.</summary>
    public static Classification IncomeGroups { get; } =
        new("income_group_2018", "a World Bank income group", ["High income", "Upper middle income", "Lower middle income", "Low income"]);

    /// <summary>The development statuses (as of 2018).</summary>
    public static Classification DevelopmentStatuses { get; } = new("development_status_2018", "a development status", ["Developed", "Developing"]);

    /// <summary>
    /// The M49 columns of countries.csv, after the classifications: the country's M49 code, the codes of its region and
    /// sub-region, M49's own sub-region (name and code), the Chinese names of region and sub-region, and the three
    /// special-situation flags (<c>true</c>/<c>false</c>). Empty when the dataset was imported without the M49 file.
    /// </summary>
    public static IReadOnlyList<string> M49Columns { get; } =
        ["m49", "region_code", "sub_region_code", "m49_sub_region", "m49_sub_region_code", "region_zh", "sub_region_zh", "ldc", "lldc", "sids"];

    /// <summary>The classifications in the order of their columns in countries.csv.</summary>
    public static IReadOnlyList<Classification> Classifications { get; } = [Regions, SubRegions, IncomeGroups, DevelopmentStatuses];

    /// <summary>The definition of an index.</summary>
    public static IndexDefinition Of(SurveyIndex index) =>
        (int)index >= 0 && (int)index < Indices.Count && Indices[(int)index].Index == index
            ? Indices[(int)index]
            : throw new ArgumentOutOfRangeException(nameof(index), index, "Unknown index.");

    /// <summary>The value columns of egdi.csv: every index, then the rank.</summary>
    public static IReadOnlyList<string> ValueFields { get; } = [.. Indices.Select(d => d.Field), RankField];

    /// <summary>True for a plausible edition year: a published one, or a later even year up to 2100 (the survey is biennial).</summary>
    public static bool IsPlausibleEdition(int year) => Editions.Contains(year) || (year > Editions[^1] && year <= 2100 && year % 2 == 0);
}
