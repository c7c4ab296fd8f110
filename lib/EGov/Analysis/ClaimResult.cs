using Deedle;

namespace EGov.Analysis;

/// <summary>One evaluated claim: the claimed value beside the computed one, and the verdict.</summary>
/// <param name="Id">Claim id.</param>
/// <param name="Claim">The claim in English.</param>
/// <param name="Claimed">The claimed value.</param>
/// <param name="Computed">The value computed from the data (for a not-checkable claim: the labelled proxy figure, or "-").</param>
/// <param name="Verdict">Reproduced, NotReproduced or NotCheckable.</param>
/// <param name="Detail">How it was computed, or why it cannot be.</param>
/// <param name="Coverage">The editions and countries used (<c>null</c> when nothing was computed).</param>
public sealed record ClaimResult(string Id, string Claim, string Claimed, string Computed, ClaimVerdict Verdict, string Detail, Coverage? Coverage)
{
    /// <summary>A frame keyed by claim id: Claim, Claimed, Computed, Verdict (in words, see <see cref="ClaimVerdicts.Label"/>), Detail, Coverage.</summary>
    internal static Frame<string, string> ToFrame(IReadOnlyList<ClaimResult> results) =>
        new TableBuilder<ClaimResult, string>(results, r => r.Id)
            .Text("Claim", r => r.Claim)
            .Text("Claimed", r => r.Claimed)
            .Text("Computed", r => r.Computed)
            .Text("Verdict", r => r.Verdict.Label())
            .Text("Detail", r => r.Detail)
            .Text("Coverage", r => r.Coverage?.ToString() ?? "-")
            .Frame;
}
