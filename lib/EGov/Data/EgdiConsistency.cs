namespace EGov.Data;

/// <summary>
/// How far a published EGDI may lie from the mean of its published OSI, HCI and TII. The tolerances were measured on the
/// real data (data/README.md, "EGDI and its components"): the largest deviation per edition, rounded up. In most editions
/// the deviation is rounding only (at most 0.000067); in 2008 and 2010 the UN's EGDI differs by up to 0.0136 and 0.0040.
/// </summary>
public static class EgdiConsistency
{
    /// <summary>Tolerance for editions whose EGDI is the rounded mean of rounded components.</summary>
    public const decimal RoundingTolerance = 0.0001m;

    private static readonly IReadOnlyDictionary<int, decimal> Exceptions = new Dictionary<int, decimal>
    {
        [2008] = 0.014m,
        [2010] = 0.004m,
    };

    /// <summary>The editions whose published EGDI is not the mean of the published components within <see cref="RoundingTolerance"/>, oldest first.</summary>
    public static IReadOnlyList<int> EditionsNotExactMean { get; } = [.. Exceptions.Keys.Order()];

    /// <summary>The tolerance for an edition (editions not measured get <see cref="RoundingTolerance"/>).</summary>
    public static decimal ToleranceFor(int edition) => Exceptions.TryGetValue(edition, out var t) ? t : RoundingTolerance;

    /// <summary>|EGDI - (OSI + HCI + TII) / 3|, or <c>null</c> when any of the four is missing.</summary>
    public static decimal? Deviation(EditionRecord record) =>
        record is { Egdi: { } e, Osi: { } o, Hci: { } h, Tii: { } t } ? Math.Abs(e - (o + h + t) / 3m) : null;
}
