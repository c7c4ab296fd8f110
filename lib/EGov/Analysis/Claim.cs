namespace EGov.Analysis;

/// <summary>One claim of a findings file (data/findings/*.json).</summary>
/// <param name="Id">Identifier, e.g. "C1".</param>
/// <param name="Text">The claim in English, in the project's own words.</param>
/// <param name="Fragment">A short fragment of the original wording, for citation.</param>
/// <param name="Source">The source citation.</param>
/// <param name="Compute">What to compute (metric <c>none</c> for claims the data cannot check).</param>
/// <param name="Claimed">The claimed value as a reader would state it.</param>
/// <param name="ClaimedValues">Numeric claimed values (one per computed value), if numeric.</param>
/// <param name="Tolerance">Largest accepted |computed - claimed| for numeric values (e.g. 0.00005 for a value published to 4 decimals; 0 for ranks).</param>
/// <param name="ClaimedLevel">The claimed level group name (VeryHigh, High, Middle, Low) for metric <c>level</c>.</param>
/// <param name="Comparison">"equal" (default; within the tolerance) or "greater_than" (computed &gt; the single claimed value).</param>
/// <param name="NotCheckableReason">Why the index data cannot check the claim; set only for such claims.</param>
/// <param name="Proxy">For a claim that is not checkable: the closest index-derived figure to show beside it, clearly labelled.</param>
/// <param name="ProxyLabel">What the proxy is and why it is not the claim.</param>
public sealed record Claim(
    string Id,
    string Text,
    string Fragment,
    string Source,
    ClaimQuery Compute,
    string Claimed,
    IReadOnlyList<double>? ClaimedValues = null,
    double? Tolerance = null,
    string? ClaimedLevel = null,
    string? Comparison = null,
    string? NotCheckableReason = null,
    ClaimQuery? Proxy = null,
    string? ProxyLabel = null);
