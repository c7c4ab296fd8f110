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
    /// <summary>Competition and dense ranks of an index in an edition over the countries assessed (value not missing).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The edition is not in the data.</exception>
    public static RankingTable Ranking(this Survey survey, SurveyIndex index, int edition) => RankingAnalysis.Of(DatasetOf(survey), index, edition);

    /// <summary>
    /// Rank changes of an index from one edition to another, for the countries ranked in both. With <paramref name="method"/>
    /// <c>null</c> the UN's published EGDI rank is used (only for <see cref="SurveyIndex.Egdi"/>). By default a country whose
    /// rank (published) or value (recomputed) is flagged in either edition is left out (<see cref="FlaggedValues"/>; the
    /// recomputed ranks are then ranks among the values kept) and listed in <see cref="RankChangeTable.Excluded"/>.
    /// </summary>
    public static RankChangeTable RankChanges(this Survey survey, SurveyIndex index, int from, int to, RankMethod? method = RankMethod.Competition,
        FlaggedValues flagged = FlaggedValues.Exclude) =>
        RankingAnalysis.Change(DatasetOf(survey), index, from, to, method, flagged);

    /// <summary>
    /// For every edition, recomputes the competition rank of the published EGDI (exact decimal comparison) and lists every
    /// country whose published rank differs, with the countries it is tied with. On the embedded data every edition is
    /// reproduced except 2020, where the UN ranked four pairs of countries with identical published (4-decimal) EGDI on
    /// unpublished precision and gave the second of each pair the next place: AND 80 (tied with MDA 79), HUN 52 (HRV 51),
    /// MKD 72 (PER 71), TLS 134 (TJK 133); the competition rank gives both the better place. Ties in 2008, 2018 and 2022
    /// were published as shared ranks and are reproduced.
    /// </summary>
    public static IReadOnlyList<PublishedRankCheck> CheckPublishedEgdiRanks(this Survey survey) => RankingAnalysis.CheckPublishedEgdiRanks(DatasetOf(survey));

    /// <summary>
    /// Summary statistics, Gini and Theil T per group and for the world, the gap of each group mean to the world mean, and the
    /// between/within decomposition of the world's Theil T. Countries without a value in the edition are left out.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The edition is not in the data.</exception>
    /// <exception cref="InvalidOperationException">No country has a value of the index in the edition.</exception>
    public static DisparityTable Disparities(this Survey survey, SurveyIndex index, int edition, Grouping grouping) =>
        Analysis.Disparities.Of(DatasetOf(survey), index, edition, grouping);

    /// <summary>
    /// <see cref="Disparities(Survey, SurveyIndex, int, Grouping)"/> for several editions (default: all), for means and spreads
    /// over editions. By default flagged values are left out (<see cref="FlaggedValues"/>); each edition's table lists its own
    /// in <see cref="DisparityTable.Excluded"/>, the result all of them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An edition is not in the data.</exception>
    public static DisparityTrend DisparitiesOverEditions(this Survey survey, SurveyIndex index, Grouping grouping, IEnumerable<int>? editions = null,
        FlaggedValues flagged = FlaggedValues.Exclude) =>
        Analysis.Disparities.OverEditions(DatasetOf(survey), index, grouping, editions, flagged);

    /// <summary>
    /// For every edition given (default: all) and every scope ("World" for <see cref="Grouping.World"/>, else each group in
    /// list order), the count and share of countries in each of the four level groups of an index. Shares are of the
    /// countries with a value; every level appears (count 0 if empty). With <paramref name="withWorld"/> each edition's
    /// groups are followed by the "World" rows, as in the charts. By default flagged values are left out
    /// (<see cref="FlaggedValues"/>); each share lists those of its edition and scope in <see cref="LevelShare.Excluded"/>.
    /// </summary>
    public static IReadOnlyList<LevelShare> LevelShares(this Survey survey, SurveyIndex index, Grouping grouping = Grouping.World,
        IEnumerable<int>? editions = null, bool withWorld = false, FlaggedValues flagged = FlaggedValues.Exclude) =>
        Analysis.LevelShares.Of(DatasetOf(survey), index, grouping, editions, withWorld, flagged);

    /// <summary>
    /// Sigma convergence: per edition, the mean, population standard deviation, coefficient of variation and Gini of an index
    /// over the countries assessed in that edition (so the set of countries changes where early editions miss some). By
    /// default flagged values are left out (<see cref="FlaggedValues"/>); each point lists its own in <see cref="SigmaPoint.Excluded"/>.
    /// </summary>
    /// <param name="survey">The survey.</param>
    /// <param name="index">The index.</param>
    /// <param name="editions">The editions (default: all), in the order given.</param>
    /// <param name="flagged">Leave flagged values out (default) or keep them.</param>
    public static IReadOnlyList<SigmaPoint> SigmaConvergence(this Survey survey, SurveyIndex index, IEnumerable<int>? editions = null,
        FlaggedValues flagged = FlaggedValues.Exclude) =>
        Convergence.Sigma(DatasetOf(survey), index, editions, flagged);

    /// <summary>
    /// Beta convergence between two editions; see <see cref="BetaConvergence"/>. By default a country with a flagged value in
    /// either edition is left out (<see cref="FlaggedValues"/>); zeros are always left out (no logarithm), and the flagged
    /// ones among them are listed too (<see cref="BetaConvergence.Excluded"/>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    public static BetaConvergence BetaConvergence(this Survey survey, SurveyIndex index, int from, int to, GrowthMeasure growth = GrowthMeasure.AnnualisedLog,
        FlaggedValues flagged = FlaggedValues.Exclude) =>
        Convergence.Beta(DatasetOf(survey), index, from, to, growth, flagged);

    /// <summary>
    /// The influence check of <see cref="BetaConvergence(Survey, SurveyIndex, int, int, GrowthMeasure, FlaggedValues)"/>: Cook's distance of every country, the most influential one, and the
    /// regression without it (<see cref="BetaInfluence"/>). Flagged values are left out as in <see cref="BetaConvergence(Survey, SurveyIndex, int, int, GrowthMeasure, FlaggedValues)"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>, or fewer than four countries.</exception>
    public static BetaInfluence BetaInfluence(this Survey survey, SurveyIndex index, int from, int to, GrowthMeasure growth = GrowthMeasure.AnnualisedLog,
        FlaggedValues flagged = FlaggedValues.Exclude) =>
        Convergence.BetaInfluence(DatasetOf(survey), index, from, to, growth, flagged);

    /// <summary>
    /// Sigma convergence between two editions over the same countries, with the Pitman-Morgan test of equal spreads; see
    /// <see cref="SigmaConvergenceTest"/>. Flagged values are left out as in <see cref="BetaConvergence(Survey, SurveyIndex, int, int, GrowthMeasure, FlaggedValues)"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>, or fewer than three countries.</exception>
    public static SigmaConvergenceTest SigmaConvergenceTest(this Survey survey, SurveyIndex index, int from, int to,
        FlaggedValues flagged = FlaggedValues.Exclude) =>
        Convergence.SigmaTest(DatasetOf(survey), index, from, to, flagged);

    /// <summary>
    /// The points of <see cref="BetaConvergence(Survey, SurveyIndex, int, int, GrowthMeasure, FlaggedValues)"/>: every country with a positive value in both editions (ISO3 order), its ln(start
    /// value) and its growth; flagged values are left out as in <see cref="BetaConvergence(Survey, SurveyIndex, int, int, GrowthMeasure, FlaggedValues)"/>.
    /// </summary>
    public static IReadOnlyList<BetaPoint> BetaPoints(this Survey survey, SurveyIndex index, int from, int to, GrowthMeasure growth = GrowthMeasure.AnnualisedLog,
        FlaggedValues flagged = FlaggedValues.Exclude) =>
        Convergence.BetaPoints(DatasetOf(survey), index, from, to, growth, flagged);

    /// <summary>
    /// The decomposition for one country (ISO3) between two editions. By default (<see cref="FlaggedValues"/>) a flagged EGDI,
    /// OSI, HCI or TII in either edition stops it with the reason; <see cref="FlaggedValues.Include"/> decomposes the values as published.
    /// </summary>
    /// <exception cref="ArgumentException">The country lacks a value in either edition, or a value is flagged and left out.</exception>
    public static EgdiChangeDecomposition EgdiChange(this Survey survey, string iso3OrName, int from, int to, FlaggedValues flagged = FlaggedValues.Exclude) =>
        Analysis.EgdiChanges.Decompose(DatasetOf(survey), survey.Iso3Of(iso3OrName), from, to, flagged);

    /// <summary>
    /// The decomposition for every country with all four values in both editions, ISO3 order. By default a country with a
    /// flagged EGDI, OSI, HCI or TII in either edition is left out and listed in <see cref="EgdiChangeTable.Excluded"/>.
    /// </summary>
    public static EgdiChangeTable EgdiChanges(this Survey survey, int from, int to, FlaggedValues flagged = FlaggedValues.Exclude) =>
        Analysis.EgdiChanges.DecomposeAll(DatasetOf(survey), from, to, flagged);

    /// <summary>
    /// The profile of a country given by ISO3 code or any known name. The country's values and ranks are shown as published,
    /// each edition with its quality flags (<see cref="ProfileEdition.Flags"/>); the regional, sub-regional and world means
    /// and the <see cref="CountryProfile.Highlights"/> compare editions, so by default they leave flagged EGDIs out
    /// (<see cref="FlaggedValues"/>, listed in <see cref="CountryProfile.Excluded"/>).
    /// </summary>
    /// <exception cref="UnknownCountryException">Not a member state; the message lists close matches.</exception>
    public static CountryProfile Profile(this Survey survey, string iso3OrName, FlaggedValues flagged = FlaggedValues.Exclude) =>
        CountryProfiles.For(survey, iso3OrName, flagged);

    /// <summary>
    /// The <paramref name="count"/> members of a country's sub-region whose EGDI in <paramref name="edition"/> (default: the
    /// latest edition in which the country was assessed) is closest to the country's; see <see cref="SubRegionPeers"/>.
    /// </summary>
    /// <exception cref="UnknownCountryException">Not a member state.</exception>
    /// <exception cref="ArgumentException">The country has no EGDI in the edition.</exception>
    public static SubRegionPeers NearestPeers(this Survey survey, string iso3OrName, int count = 6, int? edition = null) =>
        CountryProfiles.NearestPeers(survey, iso3OrName, count, edition);

    /// <summary>The profiles of the countries given (ISO3 codes or names), duplicates removed, order kept.</summary>
    /// <exception cref="ArgumentException">No country given.</exception>
    /// <exception cref="UnknownCountryException">A name is not a member state (the message lists close matches).</exception>
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
