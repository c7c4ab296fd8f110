using EGov.Data;

namespace EGov;

/// <summary>Column names of the frames <see cref="Survey"/> returns (a result's columns are in its own <c>Columns</c> class, e.g. <see cref="Analysis.DisparityTable.Columns"/>); an index's column is its short name in <see cref="SurveySchema.Indices"/>.</summary>
public static class SurveyColumns
{
    /// <summary>Country name as published in that edition (<see cref="Survey.Panel"/>, <see cref="Survey.Edition"/>, <see cref="Survey.Country"/>).</summary>
    public const string Country = "Country";
    /// <summary>Country name as the countries table gives it (<see cref="Survey.CountriesFrame"/>, <see cref="Survey.CountriesIn"/>).</summary>
    public const string Name = "Name";
    /// <summary>UN region (<see cref="SurveySchema.Regions"/>).</summary>
    public const string Region = "Region";
    /// <summary>UN M49 sub-region (<see cref="SurveySchema.SubRegions"/>).</summary>
    public const string SubRegion = "SubRegion";
    /// <summary>World Bank income group as of 2018 (<see cref="SurveySchema.IncomeGroups"/>).</summary>
    public const string IncomeGroup2018 = "IncomeGroup2018";
    /// <summary>Development status as of 2018 (<see cref="SurveySchema.DevelopmentStatuses"/>).</summary>
    public const string DevelopmentStatus2018 = "DevelopmentStatus2018";
    /// <summary>E-Government Development Index (double; missing when not assessed).</summary>
    public static readonly string Egdi = Of(SurveyIndex.Egdi);
    /// <summary>Online Service Index.</summary>
    public static readonly string Osi = Of(SurveyIndex.Osi);
    /// <summary>Human Capital Index.</summary>
    public static readonly string Hci = Of(SurveyIndex.Hci);
    /// <summary>Telecommunication Infrastructure Index.</summary>
    public static readonly string Tii = Of(SurveyIndex.Tii);
    /// <summary>E-Participation Index.</summary>
    public static readonly string Epi = Of(SurveyIndex.Epi);
    /// <summary>Published EGDI rank (int; missing when not assessed).</summary>
    public const string EgdiRank = "EgdiRank";
    /// <summary>The EGDI level group label (<see cref="LevelGroups.Label"/>).</summary>
    public const string EgdiLevel = "EgdiLevel";

    /// <summary>The column holding an index: its short name, e.g. "EGDI".</summary>
    public static string Of(SurveyIndex index) => SurveySchema.Of(index).ShortName;
}
