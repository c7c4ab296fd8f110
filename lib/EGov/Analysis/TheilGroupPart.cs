namespace EGov.Analysis;

/// <summary>One group's part in a Theil T decomposition.</summary>
/// <param name="Group">The group.</param>
/// <param name="Count">Number of values in the group.</param>
/// <param name="Mean">Mean of the group.</param>
/// <param name="Share">The group's share of the total: s = n_g mean_g / (n mean).</param>
/// <param name="TheilT">Theil T inside the group.</param>
/// <param name="Within">s * TheilT: the group's term of the within-group part.</param>
/// <param name="Between">s * ln(mean_g / mean): the group's term of the between-group part.</param>
public sealed record TheilGroupPart(string Group, int Count, double Mean, double Share, double TheilT, double Within, double Between);
