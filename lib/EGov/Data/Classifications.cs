namespace EGov.Data;

/// <summary>The values allowed in the classification columns of the countries table (as in UNU-EGOV's 2018 table).</summary>
public static class Classifications
{
    /// <summary>The survey's five regions.</summary>
    public static readonly IReadOnlySet<string> Regions = new HashSet<string>(["Africa", "Americas", "Asia", "Europe", "Oceania"], StringComparer.Ordinal);

    /// <summary>The 22 UN M49 sub-regions the survey's member states fall into.</summary>
    public static readonly IReadOnlySet<string> SubRegions = new HashSet<string>(
    [
        "Australia and New Zealand", "Caribbean", "Central America", "Central Asia", "Eastern Africa", "Eastern Asia", "Eastern Europe",
        "Melanesia", "Micronesia", "Middle Africa", "North America", "Northern Africa", "Northern Europe", "Polynesia", "South America",
        "South-eastern Asia", "Southern Africa", "Southern Asia", "Southern Europe", "Western Africa", "Western Asia", "Western Europe",
    ], StringComparer.Ordinal);

    /// <summary>The World Bank income groups.</summary>
    public static readonly IReadOnlySet<string> IncomeGroups = new HashSet<string>(["High income", "Upper middle income", "Lower middle income", "Low income"], StringComparer.Ordinal);

    /// <summary>The development statuses.</summary>
    public static readonly IReadOnlySet<string> DevelopmentStatuses = new HashSet<string>(["Developed", "Developing"], StringComparer.Ordinal);
}
