using EGov.Data;

namespace EGov.Analysis;

/// <summary>
/// The analyses, as extension methods on <see cref="Survey"/>: the one public way to call each.
/// <code>using EGov.Analysis; var survey = Survey.Load(); survey.Ranking(SurveyIndex.Osi, 2020).ToFrame();</code>
/// Arguments come in one order: the country or countries, then the index, then the edition (or the editions from and to),
/// then the grouping, then options (a list of editions is an option: all editions when left out); every result has <c>ToFrame()</c>, with its column names as constants in its
/// <c>Columns</c> class.
/// </summary>
public static class SurveyAnalysis
{
    /// <summary>See <see cref="RankingAnalysis.Of"/>.</summary>
    public static RankingTable Ranking(this Survey survey, SurveyIndex index, int edition) => RankingAnalysis.Of(DatasetOf(survey), index, edition);

    /// <summary>See <see cref="RankingAnalysis.Change"/>.</summary>
    public static RankChangeTable RankChanges(this Survey survey, SurveyIndex index, int from, int to, RankMethod? method = RankMethod.Competition,
        FlaggedValues flagged = FlaggedValues.Exclude) =>
        RankingAnalysis.Change(DatasetOf(survey), index, from, to, method, flagged);

    /// <summary>See <see cref="RankingAnalysis.CheckPublishedEgdiRanks"/>.</summary>
    public static IReadOnlyList<PublishedRankCheck> CheckPublishedEgdiRanks(this Survey survey) => RankingAnalysis.CheckPublishedEgdiRanks(DatasetOf(survey));

    /// <summary>See <see cref="Disparities.Of"/>.</summary>
    public static DisparityTable Disparities(this Survey survey, SurveyIndex index, int edition, Grouping grouping) =>
        Analysis.Disparities.Of(DatasetOf(survey), index, edition, grouping);

    /// <summary>See <see cref="Analysis.Disparities.OverEditions"/>.</summary>
    public static DisparityTrend DisparitiesOverEditions(this Survey survey, SurveyIndex index, Grouping grouping, IEnumerable<int>? editions = null,
        FlaggedValues flagged = FlaggedValues.Exclude) =>
        Analysis.Disparities.OverEditions(DatasetOf(survey), index, grouping, editions, flagged);

    /// <summary>See <see cref="LevelShares.Of"/>.</summary>
    public static IReadOnlyList<LevelShare> LevelShares(this Survey survey, SurveyIndex index, Grouping grouping = Grouping.World,
        IEnumerable<int>? editions = null, bool withWorld = false, FlaggedValues flagged = FlaggedValues.Exclude) =>
        Analysis.LevelShares.Of(DatasetOf(survey), index, grouping, editions, withWorld, flagged);

    /// <summary>See <see cref="Convergence.Sigma"/>.</summary>
    public static IReadOnlyList<SigmaPoint> SigmaConvergence(this Survey survey, SurveyIndex index, IEnumerable<int>? editions = null,
        FlaggedValues flagged = FlaggedValues.Exclude) =>
        Convergence.Sigma(DatasetOf(survey), index, editions, flagged);

    /// <summary>See <see cref="Convergence.Beta"/>.</summary>
    public static BetaConvergence BetaConvergence(this Survey survey, SurveyIndex index, int from, int to, GrowthMeasure growth = GrowthMeasure.AnnualisedLog,
        FlaggedValues flagged = FlaggedValues.Exclude) =>
        Convergence.Beta(DatasetOf(survey), index, from, to, growth, flagged);

    /// <summary>See <see cref="Convergence.BetaInfluence"/>.</summary>
    public static BetaInfluence BetaInfluence(this Survey survey, SurveyIndex index, int from, int to, GrowthMeasure growth = GrowthMeasure.AnnualisedLog,
        FlaggedValues flagged = FlaggedValues.Exclude) =>
        Convergence.BetaInfluence(DatasetOf(survey), index, from, to, growth, flagged);

    /// <summary>See <see cref="Convergence.SigmaTest"/>.</summary>
    public static SigmaConvergenceTest SigmaConvergenceTest(this Survey survey, SurveyIndex index, int from, int to,
        FlaggedValues flagged = FlaggedValues.Exclude) =>
        Convergence.SigmaTest(DatasetOf(survey), index, from, to, flagged);

    /// <summary>See <see cref="Convergence.BetaPoints"/>.</summary>
    public static IReadOnlyList<BetaPoint> BetaPoints(this Survey survey, SurveyIndex index, int from, int to, GrowthMeasure growth = GrowthMeasure.AnnualisedLog,
        FlaggedValues flagged = FlaggedValues.Exclude) =>
        Convergence.BetaPoints(DatasetOf(survey), index, from, to, growth, flagged);

    /// <summary>See <see cref="Analysis.EgdiChanges.Decompose(SurveyDataset, string, int, int, FlaggedValues)"/>; accepts an ISO3 code or a name.</summary>
    public static EgdiChangeDecomposition EgdiChange(this Survey survey, string iso3OrName, int from, int to, FlaggedValues flagged = FlaggedValues.Exclude) =>
        Analysis.EgdiChanges.Decompose(DatasetOf(survey), survey.Iso3Of(iso3OrName), from, to, flagged);

    /// <summary>See <see cref="Analysis.EgdiChanges.DecomposeAll"/>.</summary>
    public static EgdiChangeTable EgdiChanges(this Survey survey, int from, int to, FlaggedValues flagged = FlaggedValues.Exclude) =>
        Analysis.EgdiChanges.DecomposeAll(DatasetOf(survey), from, to, flagged);

    /// <summary>See <see cref="CountryProfiles.For"/>.</summary>
    public static CountryProfile Profile(this Survey survey, string iso3OrName, FlaggedValues flagged = FlaggedValues.Exclude) =>
        CountryProfiles.For(survey, iso3OrName, flagged);

    /// <summary>See <see cref="CountryProfiles.NearestPeers"/>.</summary>
    public static SubRegionPeers NearestPeers(this Survey survey, string iso3OrName, int count = 6, int? edition = null) =>
        CountryProfiles.NearestPeers(survey, iso3OrName, count, edition);

    /// <summary>See <see cref="CountryComparison.Of"/>.</summary>
    public static CountryComparison Compare(this Survey survey, params IEnumerable<string> countries) => CountryComparison.Of(survey, countries);

    /// <summary>Evaluates an embedded findings file (default: <see cref="Findings.China2020"/>); see <see cref="ClaimEvaluator"/>.</summary>
    public static IReadOnlyList<ClaimResult> EvaluateFindings(this Survey survey, string name = Findings.China2020) =>
        ClaimEvaluator.Evaluate(DatasetOf(survey), Findings.LoadEmbedded(name));

    private static SurveyDataset DatasetOf(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return survey.Dataset;
    }
}
