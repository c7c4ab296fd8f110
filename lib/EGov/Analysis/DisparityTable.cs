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
    /// <summary>The column names of <see cref="ToFrame()"/>.</summary>
    public static class Columns
    {
        /// <summary>The number of countries in the group.</summary>
        public const string Count = "Count";

        /// <summary>The mean.</summary>
        public const string Mean = "Mean";

        /// <summary>The median.</summary>
        public const string Median = "Median";

        /// <summary>The first quartile.</summary>
        public const string Q1 = "Q1";

        /// <summary>The third quartile.</summary>
        public const string Q3 = "Q3";

        /// <summary>The lowest value.</summary>
        public const string Min = "Min";

        /// <summary>The ISO3 code of the country with the lowest value.</summary>
        public const string MinCountry = "MinCountry";

        /// <summary>The highest value.</summary>
        public const string Max = "Max";

        /// <summary>The ISO3 code of the country with the highest value.</summary>
        public const string MaxCountry = "MaxCountry";

        /// <summary>The population standard deviation.</summary>
        public const string StdDev = "StdDev";

        /// <summary>The coefficient of variation.</summary>
        public const string CV = "CV";

        /// <summary>The group mean minus the world mean.</summary>
        public const string GapToWorldMean = "GapToWorldMean";

        /// <summary>The Gini coefficient.</summary>
        public const string Gini = "Gini";

        /// <summary>The Theil T index within the group.</summary>
        public const string TheilT = "TheilT";

        /// <summary>The group's share of the total of the index.</summary>
        public const string TheilShare = "TheilShare";

        /// <summary>The group's term of the within-group part.</summary>
        public const string TheilWithin = "TheilWithin";

        /// <summary>The group's term of the between-group part.</summary>
        public const string TheilBetween = "TheilBetween";

        /// <summary><see cref="TheilFrame"/>: the total Theil T index.</summary>
        public const string TheilTotal = "Theil T";

        /// <summary><see cref="TheilFrame"/>: the between-group part.</summary>
        public const string Between = "Between";

        /// <summary><see cref="TheilFrame"/>: the within-group part.</summary>
        public const string Within = "Within";

        /// <summary><see cref="TheilFrame"/>: the between-group part as a share of the total, in percent.</summary>
        public const string BetweenSharePercent = "Between share %";
    }

    /// <summary>
    /// The flagged values left out (<see cref="SurveyAnalysis.DisparitiesOverEditions"/> by default; empty for <see cref="SurveyAnalysis.Disparities"/>,
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
            .Integer(Columns.Count, g => g.Summary.Count)
            .Number(Columns.Mean, g => g.Summary.Mean)
            .Number(Columns.Median, g => g.Summary.Median)
            .Number(Columns.Q1, g => g.Summary.Q1)
            .Number(Columns.Q3, g => g.Summary.Q3)
            .Number(Columns.Min, g => g.Summary.Min)
            .Text(Columns.MinCountry, g => g.MinIso3)
            .Number(Columns.Max, g => g.Summary.Max)
            .Text(Columns.MaxCountry, g => g.MaxIso3)
            .Number(Columns.StdDev, g => g.Summary.StdDev)
            .Number(Columns.CV, g => g.Summary.CoefficientOfVariation)
            .Number(Columns.GapToWorldMean, g => g.GapToWorldMean)
            .Number(Columns.Gini, g => g.Gini)
            .Number(Columns.TheilT, g => g.TheilT)
            .Number(Columns.TheilShare, g => parts.TryGetValue(g.Group, out var p) ? p.Share : 1)
            .Number(Columns.TheilWithin, g => parts.TryGetValue(g.Group, out var p) ? p.Within : Theil.Within)
            .Number(Columns.TheilBetween, g => parts.TryGetValue(g.Group, out var p) ? p.Between : Theil.Between)
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
            .Number(Columns.TheilTotal, t => t.Theil.Total)
            .Number(Columns.Between, t => t.Theil.Between)
            .Number(Columns.Within, t => t.Theil.Within)
            .Number(Columns.BetweenSharePercent, t => 100 * t.Theil.BetweenShare)
            .Frame;
    }
}
