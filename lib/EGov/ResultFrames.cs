using Deedle;
using EGov.Analysis;
using EGov.Data;

namespace EGov;

/// <summary>
/// The one convention for results as tables: every result has <c>ToFrame()</c>. A single result (a ranking, a disparity
/// table or trend, a profile, ...) has it as a method; a list of results (sigma points, level shares, edition summaries,
/// ...) has it here, as an extension method: <c>survey.SigmaConvergence(SurveyIndex.Egdi).ToFrame()</c>.
/// </summary>
public static class ResultFrames
{
    /// <summary>A frame keyed by edition: Countries, Assessed, NotAssessed, MeanEgdi, MaxEgdiDeviation, EgdiTolerance, QualityFlags, Source.</summary>
    public static Frame<int, string> ToFrame(this IReadOnlyList<EditionSummary> summaries) =>
        new TableBuilder<EditionSummary, int>(summaries, s => s.Edition)
            .Integer("Countries", s => s.Countries)
            .Integer("Assessed", s => s.Assessed)
            .Integer("NotAssessed", s => s.NotAssessed)
            .Number("MeanEgdi", s => (double?)s.MeanEgdi)
            .Number("MaxEgdiDeviation", s => (double?)s.MaxEgdiDeviation)
            .Number("EgdiTolerance", s => (double)s.EgdiTolerance)
            .Integer("QualityFlags", s => s.QualityFlags)
            .Text("Source", s => s.Source)
            .Frame;

    /// <summary>A frame keyed by edition: Countries, Mean, StdDev, CV, Gini.</summary>
    public static Frame<int, string> ToFrame(this IReadOnlyList<SigmaPoint> points) => SigmaPoint.ToFrame(points);

    /// <summary>A frame keyed by ISO3: Country, Start, End, LogStart, Growth.</summary>
    public static Frame<string, string> ToFrame(this IReadOnlyList<BetaPoint> points) => BetaPoint.ToFrame(points);

    /// <summary>A frame with one row per (edition, scope) and the columns Total, then Count and Share of each level, highest first.</summary>
    public static Frame<Tuple<int, string>, string> ToFrame(this IReadOnlyList<LevelShare> shares) => LevelShare.ToFrame(shares);

    /// <summary>One row per edition: Countries, TiedGroups, Mismatches, and the mismatching ISO3 codes.</summary>
    public static Frame<int, string> ToFrame(this IReadOnlyList<PublishedRankCheck> checks) => PublishedRankCheck.ToFrame(checks);

    /// <summary>A frame keyed by claim id: Claim, Claimed, Computed, Verdict, Detail, Coverage.</summary>
    public static Frame<string, string> ToFrame(this IReadOnlyList<ClaimResult> results) => ClaimResult.ToFrame(results);

    /// <summary>A frame keyed by ISO3: From, To, EgdiFrom, EgdiTo, EgdiChange, the three contributions and Residual.</summary>
    public static Frame<string, string> ToFrame(this IReadOnlyList<EgdiChangeDecomposition> rows) => EgdiChangeDecomposition.ToFrame(rows);
}
