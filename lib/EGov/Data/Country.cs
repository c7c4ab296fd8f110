namespace EGov.Data;

/// <summary>A UN member state with the classifications used for regional analysis (<c>data/countries.csv</c>).</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">Display name: the name used in the latest edition of the survey.</param>
/// <param name="Region">UN region as used by the E-Government Survey, one of <see cref="SurveySchema.Regions"/>.</param>
/// <param name="SubRegion">UN M49 sub-region, one of <see cref="SurveySchema.SubRegions"/>.</param>
/// <param name="IncomeGroup2018">World Bank income group as of 2018, one of <see cref="SurveySchema.IncomeGroups"/>.</param>
/// <param name="DevelopmentStatus2018">Development status as of 2018, one of <see cref="SurveySchema.DevelopmentStatuses"/>.</param>
public sealed record Country(
    string Iso3,
    string Name,
    string Region,
    string SubRegion,
    string IncomeGroup2018,
    string DevelopmentStatus2018);
