using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>Disparities of one index in one edition by a grouping, with the world row and the Theil decomposition.</summary>
/// <param name="Index">The index.</param>
/// <param name="Edition">The edition.</param>
/// <param name="Grouping">The grouping.</param>
/// <param name="Coverage">The edition and the countries with a value (not-assessed countries are left out).</param>
/// <param name="World">All countries together.</param>
/// <param name="Groups">One row per group, in list order (<see cref="Groupings.InListOrder"/>: income groups from low to high income, others by name).</param>
/// <param name="Theil">Theil T of all countries split into between-group and within-group parts.</param>
public sealed record DisparityTable(
    SurveyIndex Index,
    int Edition,
    Grouping Grouping,
    Coverage Coverage,
    GroupDisparity World,
    IReadOnlyList<GroupDisparity> Groups,
    TheilDecomposition Theil)
{
    /// <summary>
    /// The flagged values left out (<see cref="Disparities.OverEditions"/> by default; empty for <see cref="Disparities.Of"/>,
    /// which shows one edition as published), in the order of data/quality-flags.csv.
    /// </summary>
    public IReadOnlyList<QualityFlag> Excluded { get; init; } = [];

    /// <summary>The row of a group by name.</summary>
    /// <exception cref="KeyNotFoundException">No such group.</exception>
    public GroupDisparity Group(string name) =>
        Groups.FirstOrDefault(g => g.Group == name) ?? throw new KeyNotFoundException($"No group '{name}'; the groups are {string.Join(", ", Groups.Select(g => g.Group))}.");

    /// <summary>
    /// A frame keyed by group (the groups, then "World"): Count, Mean, Median, Q1, Q3, Min, MinCountry, Max, MaxCountry,
    /// StdDev (population), CV, GapToWorldMean, Gini, TheilT, TheilShare (share of the total) and TheilBetween / TheilWithin terms.
    /// </summary>
    public Frame<string, string> ToFrame()
    {
        var rows = Groups.Append(World).ToList();
        var parts = Theil.Groups.ToDictionary(p => p.Group);
        return new TableBuilder<GroupDisparity, string>(rows, g => g.Group)
            .Integer("Count", g => g.Summary.Count)
            .Number("Mean", g => g.Summary.Mean)
            .Number("Median", g => g.Summary.Median)
            .Number("Q1", g => g.Summary.Q1)
            .Number("Q3", g => g.Summary.Q3)
            .Number("Min", g => g.Summary.Min)
            .Text("MinCountry", g => g.MinIso3)
            .Number("Max", g => g.Summary.Max)
            .Text("MaxCountry", g => g.MaxIso3)
            .Number("StdDev", g => g.Summary.StdDev)
            .Number("CV", g => g.Summary.CoefficientOfVariation)
            .Number("GapToWorldMean", g => g.GapToWorldMean)
            .Number("Gini", g => g.Gini)
            .Number("TheilT", g => g.TheilT)
            .Number("TheilShare", g => parts.TryGetValue(g.Group, out var p) ? p.Share : 1)
            .Number("TheilWithin", g => parts.TryGetValue(g.Group, out var p) ? p.Within : Theil.Within)
            .Number("TheilBetween", g => parts.TryGetValue(g.Group, out var p) ? p.Between : Theil.Between)
            .Frame;
    }

    /// <summary>
    /// The Theil decompositions of several tables side by side, keyed by (edition, grouping in words): "Theil T" (the total),
    /// Between, Within and "Between share %" (how much of the inequality the grouping explains).
    /// </summary>
    public static Frame<Tuple<int, string>, string> TheilFrame(IEnumerable<DisparityTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var rows = tables.ToList();
        return new TableBuilder<DisparityTable, Tuple<int, string>>(rows, t => Tuple.Create(t.Edition, t.Grouping.Label()))
            .Number("Theil T", t => t.Theil.Total)
            .Number("Between", t => t.Theil.Between)
            .Number("Within", t => t.Theil.Within)
            .Number("Between share %", t => 100 * t.Theil.BetweenShare)
            .Frame;
    }
}
