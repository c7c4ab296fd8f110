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
    /// <summary>Least developed countries (LDC) or not, as the UN's M49 list says (data/README.md gives its date).</summary>
    LeastDeveloped,
    /// <summary>Landlocked developing countries (LLDC) or not (M49 list).</summary>
    Landlocked,
    /// <summary>Small island developing states (SIDS) or not (M49 list).</summary>
    SmallIsland,
}

/// <summary>Group names of a country, the order groups are listed in, and the grouping's name in words.</summary>
public static class Groupings
{
    /// <summary>The World Bank income groups (2018) from the lowest income to the highest: the order tables and charts list them in.</summary>
    public static IReadOnlyList<string> IncomeGroupsLowToHigh { get; } = [.. SurveySchema.IncomeGroups.Values.Reverse()];

    /// <summary>The groupings of the special situations the survey's chapters compare (LDC, LLDC, SIDS), each splitting the world in two.</summary>
    public static IReadOnlyList<Grouping> SpecialSituations { get; } = [Grouping.LeastDeveloped, Grouping.Landlocked, Grouping.SmallIsland];

    /// <summary>The group of the countries in a special situation: "LDC", "LLDC" or "SIDS" (the others are <see cref="Others"/>).</summary>
    public static string MembersName(this Grouping grouping) => grouping switch
    {
        Grouping.LeastDeveloped => "LDC",
        Grouping.Landlocked => "LLDC",
        Grouping.SmallIsland => "SIDS",
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Not a special-situation grouping."),
    };

    /// <summary>The group of the countries not in a special situation, e.g. "Not LDC".</summary>
    public static string Others(this Grouping grouping) => "Not " + grouping.MembersName();

    /// <summary>"World", "Region", "Sub-region", "Income group (2018)", "Development status (2018)" or a special situation's name.</summary>
    public static string Label(this Grouping grouping) => grouping switch
    {
        Grouping.World => "World",
        Grouping.Region => "Region",
        Grouping.SubRegion => "Sub-region",
        Grouping.IncomeGroup2018 => "Income group (2018)",
        Grouping.DevelopmentStatus2018 => "Development status (2018)",
        Grouping.LeastDeveloped => "Least developed countries (M49)",
        Grouping.Landlocked => "Landlocked developing countries (M49)",
        Grouping.SmallIsland => "Small island developing states (M49)",
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping."),
    };

    /// <summary>
    /// The groups in the order they are listed: income groups from the lowest income to the highest
    /// (<see cref="IncomeGroupsLowToHigh"/>), a special situation's members before the others, every other grouping in name order (ordinal). Unknown income groups follow, by name.
    /// </summary>
    internal static IEnumerable<T> InListOrder<T>(this Grouping grouping, IEnumerable<T> groups, Func<T, string> name)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(name);
        if (SpecialSituations.Contains(grouping)) return groups.OrderBy(g => name(g) == grouping.Others()).ThenBy(name, StringComparer.Ordinal);
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
            Grouping.LeastDeveloped => SpecialSituation(grouping, country, country.M49?.LeastDeveloped),
            Grouping.Landlocked => SpecialSituation(grouping, country, country.M49?.Landlocked),
            Grouping.SmallIsland => SpecialSituation(grouping, country, country.M49?.SmallIsland),
            _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping."),
        };
    }

    private static string SpecialSituation(Grouping grouping, Country country, bool? member) => member switch
    {
        true => grouping.MembersName(),
        false => grouping.Others(),
        null => throw new InvalidOperationException(
            $"{country.Name} ({country.Iso3}) has no M49 entry: the dataset was imported without the UNSD M49 file, so {grouping.Label()} is unknown."),
    };

    private static int IncomeRank(string group)
    {
        for (var i = 0; i < IncomeGroupsLowToHigh.Count; i++)
            if (IncomeGroupsLowToHigh[i] == group) return i;
        return int.MaxValue;
    }
}
