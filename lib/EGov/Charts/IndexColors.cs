using EGov.Data;

namespace EGov.Charts;

/// <summary>The one colour of each index (EGDI and its components) in every chart, from the <see cref="OkabeIto"/> palette.</summary>
public static class IndexColors
{
    /// <summary>The hex colour of an index: EGDI black, OSI blue, HCI bluish green, TII orange, EPI reddish purple.</summary>
    public static string Of(SurveyIndex index) => index switch
    {
        SurveyIndex.Egdi => OkabeIto.Black,
        SurveyIndex.Osi => OkabeIto.Blue,
        SurveyIndex.Hci => OkabeIto.BluishGreen,
        SurveyIndex.Tii => OkabeIto.Orange,
        SurveyIndex.Epi => OkabeIto.ReddishPurple,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "Unknown index."),
    };
}
