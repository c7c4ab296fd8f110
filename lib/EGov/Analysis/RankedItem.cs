namespace EGov.Analysis;

/// <summary>One ranked item.</summary>
/// <typeparam name="TKey">The item's key, e.g. an ISO3 code.</typeparam>
/// <param name="Key">The item.</param>
/// <param name="Value">The value ranked (exact, as published).</param>
/// <param name="Rank">1 = the highest value.</param>
internal sealed record RankedItem<TKey>(TKey Key, decimal Value, int Rank);
