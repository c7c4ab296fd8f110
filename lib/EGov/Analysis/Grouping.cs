using EGov.Data;

namespace EGov.Analysis;

/// <summary>How countries are grouped for regional analysis (the classifications of data/countries.csv).</summary>
public enum Grouping
{
    /// <summary>One group: all countries ("World").</summary>
    World,
    /// <summary>UN region: Africa, Americas, Asia, Europe, Oceania.</summary>
    Region,
    /// <summary>UN M49 sub-region.</summary>
    SubRegion,
    /// <summary>World Bank income group as of 2018.</summary>
    IncomeGroup2018,
    /// <summary>Developed or developing, as of 2018.</summary>
    DevelopmentStatus2018,
}

/// <summary>Group names of a country.</summary>
public static class Groupings
{
    /// <summary>The name of the group a country belongs to under a grouping.</summary>
    public static string GroupOf(this Grouping grouping, Country country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return grouping switch
        {
            Grouping.World => "World",
            Grouping.Region => country.Region,
            Grouping.SubRegion => country.SubRegion,
            Grouping.IncomeGroup2018 => country.IncomeGroup2018,
            Grouping.DevelopmentStatus2018 => country.DevelopmentStatus2018,
            _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping."),
        };
    }
}
