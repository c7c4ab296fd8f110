namespace EGov.Analysis;

/// <summary>A country's rank in two editions and the change (positive = moved up, i.e. the rank number fell).</summary>
/// <param name="Iso3">ISO3 code.</param>
/// <param name="Name">The name in the later edition.</param>
/// <param name="FromRank">Rank in the earlier edition.</param>
/// <param name="ToRank">Rank in the later edition.</param>
/// <param name="Change">FromRank - ToRank: places gained.</param>
public sealed record RankChange(string Iso3, string Name, int FromRank, int ToRank, int Change);
