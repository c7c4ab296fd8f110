using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>Disparities of one index by a grouping over editions (<see cref="Disparities.OverEditions"/>): one table per edition.</summary>
/// <param name="Index">The index.</param>
/// <param name="Grouping">The grouping.</param>
/// <param name="Tables">One <see cref="DisparityTable"/> per edition, oldest first.</param>
public sealed record DisparityTrend(SurveyIndex Index, Grouping Grouping, IReadOnlyList<DisparityTable> Tables)
{
    /// <summary>The editions, oldest first.</summary>
    public IReadOnlyList<int> Editions => Tables.Select(t => t.Edition).ToList();

    /// <summary>The groups of any edition, in name order (without "World").</summary>
    public IReadOnlyList<string> Groups => Tables.SelectMany(t => t.Groups.Select(g => g.Group)).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// A frame keyed by edition with one column per group and a last column "World": the mean of the countries assessed in
    /// that edition, or another statistic of <see cref="GroupDisparity"/> (e.g. <c>g =&gt; g.Summary.CoefficientOfVariation</c>);
    /// missing where a group has no country in an edition.
    /// </summary>
    public Frame<int, string> ToFrame(Func<GroupDisparity, double>? statistic = null)
    {
        var value = statistic ?? (g => g.Summary.Mean);
        var builder = new TableBuilder<DisparityTable, int>(Tables, t => t.Edition);
        foreach (var group in Groups)
            builder.Number(group, t => t.Groups.FirstOrDefault(g => g.Group == group) is { } g ? value(g) : null);
        if (Tables.Count > 0) builder.Number(Tables[0].World.Group, t => value(t.World));
        return builder.Frame;
    }
}
