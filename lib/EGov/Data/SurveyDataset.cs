namespace EGov.Data;

/// <summary>The canonical dataset: every edition's records, the countries table, the name aliases, the editions' sources and the quality flags.</summary>
/// <param name="Records">One record per (edition, ISO3), sorted by edition then ISO3.</param>
/// <param name="Countries">One row per member state, sorted by ISO3.</param>
/// <param name="Aliases">Every spelling seen, sorted by spelling.</param>
/// <param name="Sources">Per edition, the file its rows came from.</param>
public sealed record SurveyDataset(
    IReadOnlyList<EditionRecord> Records,
    IReadOnlyList<Country> Countries,
    IReadOnlyList<CountryAlias> Aliases,
    IReadOnlyList<EditionSource> Sources)
{
    /// <summary>Published values to be used with care (data/quality-flags.csv), sorted by edition, ISO3 and field; derived from the records by <see cref="QualityRules"/>.</summary>
    public IReadOnlyList<QualityFlag> QualityFlags { get; init; } = [];

    /// <summary>The editions present, oldest first.</summary>
    public IReadOnlyList<int> Editions => Records.Select(r => r.Edition).Distinct().Order().ToList();
}
