namespace EGov.Analysis;

/// <summary>
/// What to compute for a claim, machine-readable (the "compute" or "proxy" object of a findings file). Metrics:
/// <list type="bullet">
/// <item><c>index</c>: the value of <see cref="Index"/> for <see cref="Iso3"/> in each of <see cref="Editions"/>.</item>
/// <item><c>rank</c>: the rank of the country's <see cref="Index"/> in the single edition of <see cref="Editions"/>, by <see cref="Method"/> (competition, dense or published).</item>
/// <item><c>rank_change</c>: rank in <see cref="From"/> minus rank in <see cref="To"/> (places gained), by <see cref="Method"/>.</item>
/// <item><c>level</c>: the level group of the country's <see cref="Index"/> in the single edition of <see cref="Editions"/>.</item>
/// <item><c>world_mean_change</c>: two values: the world mean of <see cref="Index"/> in <see cref="To"/> minus that in <see cref="From"/>, and the change in the share of countries in the "very high" group; the detail lists every level group's count and share.</item>
/// <item><c>share_at_least</c>: share of the countries assessed in the single edition of <see cref="Editions"/> whose <see cref="Index"/> is &gt;= <see cref="Threshold"/>.</item>
/// <item><c>regional_disparity</c>: group means and the between-group share of Theil T of <see cref="Index"/> by <see cref="Grouping"/>.</item>
/// <item><c>none</c>: nothing can be computed.</item>
/// </list>
/// </summary>
/// <param name="Metric">One of the metrics above.</param>
/// <param name="Index">Index name: EGDI, OSI, HCI, TII or EPI.</param>
/// <param name="Iso3">Country code.</param>
/// <param name="Editions">Edition(s) for metrics on given editions.</param>
/// <param name="From">Earlier edition for changes.</param>
/// <param name="To">Later edition for changes.</param>
/// <param name="Method">Rank method: competition, dense or published (the UN's EGDI rank).</param>
/// <param name="Threshold">Threshold for <c>share_at_least</c>.</param>
/// <param name="Grouping">Grouping for <c>regional_disparity</c> (Region, SubRegion, IncomeGroup2018, DevelopmentStatus2018).</param>
public sealed record ClaimQuery(
    string Metric,
    string? Index = null,
    string? Iso3 = null,
    IReadOnlyList<int>? Editions = null,
    int? From = null,
    int? To = null,
    string? Method = null,
    double? Threshold = null,
    string? Grouping = null);
