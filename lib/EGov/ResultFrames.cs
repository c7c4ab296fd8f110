using Deedle;
using EGov.Analysis;
using EGov.Data;

namespace EGov;

/// <summary>
/// The one convention for results as tables: every result has <c>ToFrame()</c>. A single result (a ranking, a disparity
/// table or trend, a profile, ...) has it as a method; a list of results (sigma points, level shares, edition summaries,
/// ...) has it here, as an extension method on any sequence of them: <c>survey.SigmaConvergence(SurveyIndex.Egdi).ToFrame()</c>,
/// <c>periods.Select(p =&gt; survey.BetaConvergence(SurveyIndex.Egdi, p.From, p.To)).ToFrame()</c>.
/// </summary>
public static class ResultFrames
{
    /// <summary>A frame keyed by edition: Countries, Assessed, NotAssessed, MeanEgdi, MaxEgdiDeviation, EgdiTolerance, QualityFlags, Source.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<EditionSummary> summaries) =>
        new TableBuilder<EditionSummary, int>(List(summaries), s => s.Edition)
            .Integer(EditionSummary.Columns.Countries, s => s.Countries)
            .Integer(EditionSummary.Columns.Assessed, s => s.Assessed)
            .Integer(EditionSummary.Columns.NotAssessed, s => s.NotAssessed)
            .Number(EditionSummary.Columns.MeanEgdi, s => (double?)s.MeanEgdi)
            .Number(EditionSummary.Columns.MaxEgdiDeviation, s => (double?)s.MaxEgdiDeviation)
            .Number(EditionSummary.Columns.EgdiTolerance, s => (double)s.EgdiTolerance)
            .Integer(EditionSummary.Columns.QualityFlags, s => s.QualityFlags)
            .Text(EditionSummary.Columns.Source, s => s.Source)
            .Frame;

    /// <summary>
    /// Quality flags (data/quality-flags.csv), e.g. the values an analysis left out, with a row number key and the columns
    /// edition, iso3, field, flag (its code) and reason.
    /// </summary>
    public static Frame<int, string> ToFrame(this IEnumerable<QualityFlag> flags) => ExcludedValues.ToFrame(flags);

    /// <summary>A frame keyed by edition: Countries, Mean, StdDev, CV, Gini.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<SigmaPoint> points) => SigmaPoint.ToFrame(List(points));

    /// <summary>A frame keyed by ISO3: Start, End, LogStart, Growth.</summary>
    public static Frame<string, string> ToFrame(this IEnumerable<BetaPoint> points) => BetaPoint.ToFrame(List(points));

    /// <summary>
    /// One row per regression keyed by index and period ("EGDI 2014-2024"): Countries, Slope, "Std. error", "95% CI low",
    /// "95% CI high", R², "p-value" and Verdict.
    /// </summary>
    public static Frame<string, string> ToFrame(this IEnumerable<BetaConvergence> results) => BetaConvergence.ToFrame(List(results));

    /// <summary>
    /// One row per test keyed by index and period ("EGDI 2014-2024"): Countries, "SD of ln, from", "SD of ln, to", "CV from",
    /// "CV to", "p-value" and Verdict.
    /// </summary>
    public static Frame<string, string> ToFrame(this IEnumerable<SigmaConvergenceTest> results) => SigmaConvergenceTest.ToFrame(List(results));

    /// <summary>A frame with one row per (edition, scope) and the columns Total, then Count and Share of each level, highest first.</summary>
    public static Frame<Tuple<int, string>, string> ToFrame(this IEnumerable<LevelShare> shares) => LevelShare.ToFrame(List(shares));

    /// <summary>One row per edition: Countries, TiedGroups, Mismatches, and the mismatching ISO3 codes.</summary>
    public static Frame<int, string> ToFrame(this IEnumerable<PublishedRankCheck> checks) => PublishedRankCheck.ToFrame(List(checks));

    /// <summary>A frame keyed by claim id: Claim, Claimed, Computed, Verdict, Detail, Coverage.</summary>
    public static Frame<string, string> ToFrame(this IEnumerable<ClaimResult> results) => ClaimResult.ToFrame(List(results));

    /// <summary>A frame keyed by ISO3: From, To, EgdiFrom, EgdiTo, EgdiChange, the three contributions and Residual.</summary>
    public static Frame<string, string> ToFrame(this IEnumerable<EgdiChangeDecomposition> rows) => EgdiChangeDecomposition.ToFrame(List(rows));

    private static IReadOnlyList<T> List<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items as IReadOnlyList<T> ?? items.ToList();
    }
}
