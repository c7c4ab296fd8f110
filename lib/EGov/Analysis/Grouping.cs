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

/// <summary>Group names of a country, the order groups are listed in, and the grouping's name in words.</summary>
public static class Groupings
{
    /// <summary>The World Bank income groups (2018) from the lowest income to the highest: the order tables and charts list them in.</summary>
    public static IReadOnlyList<string> IncomeGroupsLowToHigh { get; } = [.. SurveySchema.IncomeGroups.Values.Reverse()];

    /// <summary>"World", "Region", "Sub-region", "Income group (2018)" or "Development status (2018)".</summary>
    public static string Label(this Grouping grouping) => grouping switch
    {
        Grouping.World => "World",
        Grouping.Region => "Region",
        Grouping.SubRegion => "Sub-region",
        Grouping.IncomeGroup2018 => "Income group (2018)",
        Grouping.DevelopmentStatus2018 => "Development status (2018)",
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping."),
    };

    /// <summary>
    /// The groups in the order they are listed: income groups from the lowest income to the highest
    /// (<see cref="IncomeGroupsLowToHigh"/>), every other grouping in name order (ordinal). Unknown income groups follow, by name.
    /// </summary>
    public static IEnumerable<T> InListOrder<T>(this Grouping grouping, IEnumerable<T> groups, Func<T, string> name)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(name);
        if (grouping != Grouping.IncomeGroup2018) return groups.OrderBy(name, StringComparer.Ordinal);
        return groups.OrderBy(g => IncomeRank(name(g))).ThenBy(name, StringComparer.Ordinal);
    }

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

    private static int IncomeRank(string group)
    {
        for (var i = 0; i < IncomeGroupsLowToHigh.Count; i++)
            if (IncomeGroupsLowToHigh[i] == group) return i;
        return int.MaxValue;
    }
}
