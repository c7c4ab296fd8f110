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
}
