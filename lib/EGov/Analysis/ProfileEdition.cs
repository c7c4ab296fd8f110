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
/// <param name="RegionMean">Mean EGDI of the country's region in the edition (countries assessed).</param>
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
    /// <summary>The value of one index in this edition (<c>null</c> where not assessed).</summary>
    public decimal? Value(SurveyIndex index) => index switch
    {
        SurveyIndex.Egdi => Egdi,
        SurveyIndex.Osi => Osi,
        SurveyIndex.Hci => Hci,
        SurveyIndex.Tii => Tii,
        SurveyIndex.Epi => Epi,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "Unknown index."),
    };
}
