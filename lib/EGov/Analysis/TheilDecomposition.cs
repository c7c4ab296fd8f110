using Deedle;

namespace EGov.Analysis;

/// <summary>
/// Theil T split into groups: Total = Between + Within exactly (up to floating point), with
/// Within = sum_g s_g T_g and Between = sum_g s_g ln(mean_g / mean), s_g = n_g mean_g / (n mean).
/// </summary>
/// <param name="Total">Theil T of all values.</param>
/// <param name="Between">Between-group part: the inequality if every value were replaced by its group mean.</param>
/// <param name="Within">Within-group part: the share-weighted Theil T inside the groups.</param>
/// <param name="Groups">The groups' terms, in group order.</param>
public sealed record TheilDecomposition(double Total, double Between, double Within, IReadOnlyList<TheilGroupPart> Groups)
{
    /// <summary>Between / Total: the share of inequality explained by the grouping (NaN when Total is 0).</summary>
    public double BetweenShare => Total == 0 ? double.NaN : Between / Total;

    /// <summary>
    /// The groups' terms keyed by group: Countries, Mean, "Share of total %" (the group's share of the sum of all values),
    /// "Theil T" inside the group, and its "Within term" and "Between term". A between term is negative for a group whose mean
    /// is below the overall mean (the log of a ratio below 1); the terms add up to <see cref="Between"/>, which is never negative.
    /// </summary>
    public Frame<string, string> ToFrame() =>
        new TableBuilder<TheilGroupPart, string>(Groups, g => g.Group)
            .Integer("Countries", g => g.Count)
            .Number("Mean", g => g.Mean)
            .Number("Share of total %", g => 100 * g.Share)
            .Number("Theil T", g => g.TheilT)
            .Number("Within term", g => g.Within)
            .Number("Between term", g => g.Between)
            .Frame;
}
