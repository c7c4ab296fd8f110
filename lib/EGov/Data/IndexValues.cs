namespace EGov.Data;

/// <summary>Picks one index's value out of the five a row carries (an edition of the dataset, an edition of a country profile).</summary>
internal static class IndexValues
{
    /// <summary>The value of <paramref name="index"/> among the five given (<c>null</c> where not assessed).</summary>
    public static decimal? Pick(SurveyIndex index, decimal? egdi, decimal? osi, decimal? hci, decimal? tii, decimal? epi) => index switch
    {
        SurveyIndex.Egdi => egdi,
        SurveyIndex.Osi => osi,
        SurveyIndex.Hci => hci,
        SurveyIndex.Tii => tii,
        SurveyIndex.Epi => epi,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "Unknown index."),
    };
}
