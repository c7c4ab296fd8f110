namespace EGov.Data;

/// <summary>
/// The range an index value must lie in: [0, 1], with one documented exception measured on the real data
/// (data/README.md, "Values above 1"): the 2003 Human Capital Index was published above 1 for two countries (the largest,
/// Micronesia's 1.422, a probable data error, flagged above-one), and the 2003 EGDI was computed from those values.
/// </summary>
public static class IndexRanges
{
    /// <summary>The largest value allowed for an index in an edition.</summary>
    public static decimal Maximum(int edition, SurveyIndex index) => edition == 2003 && index == SurveyIndex.Hci ? 1.5m : 1m;
}
