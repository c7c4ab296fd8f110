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
    /// <summary>The column names of <see cref="ResultFrames.ToFrame(IEnumerable{ClaimResult})"/>.</summary>
    public static class Columns
    {
        /// <summary>The claim as the source words it.</summary>
        public const string Claim = "Claim";

        /// <summary>The value claimed.</summary>
        public const string Claimed = "Claimed";

        /// <summary>The value computed from the data.</summary>
        public const string Computed = "Computed";

        /// <summary>The verdict in words.</summary>
        public const string Verdict = "Verdict";

        /// <summary>How the value was computed.</summary>
        public const string Detail = "Detail";

        /// <summary>The editions and countries computed over.</summary>
        public const string Coverage = "Coverage";
    }

    /// <summary>A frame keyed by claim id: Claim, Claimed, Computed, Verdict (in words, see <see cref="ClaimVerdicts.Label"/>), Detail, Coverage.</summary>
    internal static Frame<string, string> ToFrame(IReadOnlyList<ClaimResult> results) =>
        new TableBuilder<ClaimResult, string>(results, r => r.Id)
            .Text(Columns.Claim, r => r.Claim)
            .Text(Columns.Claimed, r => r.Claimed)
            .Text(Columns.Computed, r => r.Computed)
            .Text(Columns.Verdict, r => r.Verdict.Label())
            .Text(Columns.Detail, r => r.Detail)
            .Text(Columns.Coverage, r => r.Coverage?.ToString() ?? "-")
            .Frame;
}
