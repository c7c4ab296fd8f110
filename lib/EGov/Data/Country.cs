namespace EGov.Data;

/// <summary>A UN member state with the classifications used for regional analysis (<c>data/countries.csv</c>).</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">Display name: the name used in the latest edition of the survey.</param>
/// <param name="Region">UN region as used by the E-Government Survey, one of <see cref="SurveySchema.Regions"/>.</param>
/// <param name="SubRegion">The survey's sub-region, one of <see cref="SurveySchema.SubRegions"/>: M49's intermediate region where it has one, else M49's sub-region.</param>
/// <param name="IncomeGroup2018">World Bank income group as of 2018, one of <see cref="SurveySchema.IncomeGroups"/>.</param>
/// <param name="DevelopmentStatus2018">Development status as of 2018, one of <see cref="SurveySchema.DevelopmentStatuses"/>.</param>
public sealed record Country(
    string Iso3,
    string Name,
    string Region,
    string SubRegion,
    string IncomeGroup2018,
    string DevelopmentStatus2018)
{
    /// <summary>What the UN's M49 list says of the country (codes, Chinese names, LDC/LLDC/SIDS), or <c>null</c> when the dataset was imported without it.</summary>
    public M49Entry? M49 { get; init; }
}
