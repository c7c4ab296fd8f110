using EGov.Data;

namespace EGov.Analysis;

/// <summary>One edition of a country profile: the country's values and EGDI ranks beside its region's and sub-region's means.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Egdi">EGDI (<c>null</c> when not assessed).</param>
/// <param name="Osi">OSI.</param>
/// <param name="Hci">HCI.</param>
/// <param name="Tii">TII.</param>
/// <param name="Epi">EPI.</param>
/// <param name="PublishedEgdiRank">The UN's EGDI rank.</param>
/// <param name="CompetitionRank">Competition rank (1, 2, 2, 4) of the EGDI recomputed from the data.</param>
/// <param name="DenseRank">Dense rank (1, 2, 2, 3) of the EGDI.</param>
/// <param name="Level">EGDI level group.</param>
/// <param name="RegionMean">Mean EGDI of the country's region in the edition (countries assessed; flagged EGDIs left out by default).</param>
/// <param name="RegionCountries">Countries of the region with an EGDI in the edition.</param>
/// <param name="SubRegionMean">Mean EGDI of the country's sub-region.</param>
/// <param name="SubRegionCountries">Countries of the sub-region with an EGDI in the edition.</param>
/// <param name="WorldMean">Mean EGDI of all countries assessed in the edition.</param>
public sealed record ProfileEdition(
    int Edition,
    decimal? Egdi,
    decimal? Osi,
    decimal? Hci,
    decimal? Tii,
    decimal? Epi,
    int? PublishedEgdiRank,
    int? CompetitionRank,
    int? DenseRank,
    LevelGroup? Level,
    double? RegionMean,
    int RegionCountries,
    double? SubRegionMean,
    int SubRegionCountries,
    double WorldMean)
{
    /// <summary>The country's quality flags in this edition, any kind, in the order of data/quality-flags.csv (its values are shown as published).</summary>
    public IReadOnlyList<QualityFlag> Flags { get; init; } = [];

    /// <summary>True when the EGDI of this edition carries a flag that leaves it out of comparisons across editions (<see cref="FlaggedValueRules.Excludes"/>).</summary>
    public bool EgdiExcluded => IsExcluded(SurveyIndex.Egdi);


    /// <summary>True when the published EGDI rank of this edition carries a flag that leaves it out of comparisons across editions.</summary>
    public bool PublishedRankExcluded => ExcludingFlags(FlagFilter.RankField).Any();

    /// <summary>True when the value of an index in this edition carries a flag that leaves it out of comparisons across editions.</summary>
    public bool IsExcluded(SurveyIndex index) => ExcludingFlags(FlagFilter.FieldOf(index)).Any();

    /// <summary>The flags of one field of egdi.csv (egdi, osi, hci, tii, epi, egdi_rank) that leave it out of comparisons across editions.</summary>
    public IEnumerable<QualityFlag> ExcludingFlags(string field) => Flags.Where(f => f.Field == field && f.Flag.Excludes());

    /// <summary>The value of one index in this edition (<c>null</c> where not assessed).</summary>
    public decimal? Value(SurveyIndex index) => IndexValues.Pick(index, Egdi, Osi, Hci, Tii, Epi);
}
