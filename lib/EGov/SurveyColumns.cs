namespace EGov;

/// <summary>Column names of the frames <see cref="Survey"/> returns.</summary>
public static class SurveyColumns
{
    /// <summary>Country name as published in that edition.</summary>
    public const string Country = "Country";
    /// <summary>UN region (Africa, Americas, Asia, Europe, Oceania).</summary>
    public const string Region = "Region";
    /// <summary>UN M49 sub-region.</summary>
    public const string SubRegion = "SubRegion";
    /// <summary>World Bank income group as of 2018.</summary>
    public const string IncomeGroup2018 = "IncomeGroup2018";
    /// <summary>Developed or developing, as of 2018.</summary>
    public const string DevelopmentStatus2018 = "DevelopmentStatus2018";
    /// <summary>E-Government Development Index (double; missing when not assessed).</summary>
    public const string Egdi = "EGDI";
    /// <summary>Online Service Index.</summary>
    public const string Osi = "OSI";
    /// <summary>Human Capital Index.</summary>
    public const string Hci = "HCI";
    /// <summary>Telecommunication Infrastructure Index.</summary>
    public const string Tii = "TII";
    /// <summary>E-Participation Index.</summary>
    public const string Epi = "EPI";
    /// <summary>Published EGDI rank (int; missing when not assessed).</summary>
    public const string EgdiRank = "EgdiRank";
    /// <summary>The EGDI level group label ("Very high", "High", "Middle", "Low").</summary>
    public const string EgdiLevel = "EgdiLevel";

    /// <summary>The column holding an index.</summary>
    public static string Of(Data.SurveyIndex index) => index switch
    {
        Data.SurveyIndex.Egdi => Egdi,
        Data.SurveyIndex.Osi => Osi,
        Data.SurveyIndex.Hci => Hci,
        Data.SurveyIndex.Tii => Tii,
        Data.SurveyIndex.Epi => Epi,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "Unknown index."),
    };
}
