using System.Globalization;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>Computes claims from the data and compares them with the claimed values.</summary>
internal static class ClaimEvaluator
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Evaluates every claim of a set, in order.</summary>
    public static IReadOnlyList<ClaimResult> Evaluate(SurveyDataset dataset, ClaimSet claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return claims.Claims.Select(c => Evaluate(dataset, c)).ToList();
    }

    /// <summary>
    /// Evaluates one claim. Numeric claims are <see cref="ClaimVerdict.Reproduced"/> when every computed value is within the
    /// tolerance of its claimed value (or, for "greater_than", above it); level claims when the level group matches. Claims
    /// with a <see cref="Claim.NotCheckableReason"/> are <see cref="ClaimVerdict.NotCheckable"/>; their proxy, if any, is
    /// computed and shown labelled as a proxy.
    /// </summary>
    /// <exception cref="FormatException">The claim's query is incomplete or names an unknown metric.</exception>
    public static ClaimResult Evaluate(SurveyDataset dataset, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.NotCheckableReason is { } reason)
        {
            if (claim.Proxy is null) return new ClaimResult(claim.Id, claim.Text, claim.Claimed, "-", ClaimVerdict.NotCheckable, reason, null);
            var proxy = Compute(dataset, claim.Proxy);
            return new ClaimResult(claim.Id, claim.Text, claim.Claimed, $"PROXY, not the claim: {proxy.Text}", ClaimVerdict.NotCheckable,
                $"{reason} Proxy: {claim.ProxyLabel ?? "closest index-derived figure"}. {proxy.Detail}", proxy.Coverage);
        }
        var computed = Compute(dataset, claim.Compute);
        return new ClaimResult(claim.Id, claim.Text, claim.Claimed, computed.Text, Judge(claim, computed), computed.Detail, computed.Coverage);
    }

    private static ClaimVerdict Judge(Claim claim, Computed computed)
    {
        if (claim.ClaimedLevel is { } level)
        {
            if (!Enum.TryParse<LevelGroup>(level, ignoreCase: true, out var expected)) throw new FormatException($"{claim.Id}: unknown level '{level}'.");
            return computed.Level == expected ? ClaimVerdict.Reproduced : ClaimVerdict.NotReproduced;
        }
        var claimed = claim.ClaimedValues ?? throw new FormatException($"{claim.Id}: a checkable claim needs claimed_values or claimed_level.");
        if (computed.Values.Count != claimed.Count)
            throw new FormatException($"{claim.Id}: {claimed.Count} claimed values but {computed.Values.Count} computed.");
        if (string.Equals(claim.Comparison, "greater_than", StringComparison.OrdinalIgnoreCase))
            return computed.Values.Zip(claimed).All(p => p.First > p.Second) ? ClaimVerdict.Reproduced : ClaimVerdict.NotReproduced;
        var tolerance = claim.Tolerance ?? 0;
        return computed.Values.Zip(claimed).All(p => Math.Abs(p.First - p.Second) <= tolerance + 1e-12) ? ClaimVerdict.Reproduced : ClaimVerdict.NotReproduced;
    }

    private sealed record Computed(IReadOnlyList<double> Values, LevelGroup? Level, string Text, string Detail, Coverage Coverage);

    private static Computed Compute(SurveyDataset dataset, ClaimQuery q) => q.Metric switch
    {
        "index" => IndexValues(dataset, q),
        "rank" => Rank(dataset, q),
        "rank_change" => RankChangeOf(dataset, q),
        "level" => Level(dataset, q),
        "world_mean_change" => WorldMeanChange(dataset, q),
        "share_at_least" => ShareAtLeast(dataset, q),
        "regional_disparity" => RegionalDisparity(dataset, q),
        _ => throw new FormatException($"Unknown metric '{q.Metric}'."),
    };

    private static Computed IndexValues(SurveyDataset dataset, ClaimQuery q)
    {
        var index = IndexOf(q);
        var iso3 = Need(q.Iso3, "iso3");
        var editions = Need(q.Editions, "editions");
        var values = editions.Select(e => RecordOf(dataset, iso3, e).Value(index)
            ?? throw new FormatException($"{iso3} has no {index} in {e}.")).ToList();
        var text = string.Join(" → ", values.Select(v => v.ToString("0.0000", Inv)));
        return new Computed(values.Select(v => (double)v).ToList(), null, text,
            $"{Name(index)} of {iso3} in {string.Join(", ", editions)} (data/egdi.csv): {string.Join(", ", values.Select(v => v.ToString(Inv)))}.",
            new Coverage(editions.ToList(), 1, 0));
    }

    private static Computed Rank(SurveyDataset dataset, ClaimQuery q)
    {
        var index = IndexOf(q);
        var iso3 = Need(q.Iso3, "iso3");
        var edition = Single(q);
        var method = MethodOf(q);
        var ranking = RankingAnalysis.Of(dataset, index, edition);
        var row = ranking.For(iso3) ?? throw new FormatException($"{iso3} has no {index} in {edition}.");
        var rank = method is { } m ? row.Rank(m) : row.PublishedEgdiRank ?? throw new FormatException($"{iso3} has no published rank in {edition}.");
        var tied = ranking.Ranks.Where(r => r.Value == row.Value).Select(r => r.Iso3).ToList();
        var above = ranking.Ranks.Where(r => r.Value > row.Value).ToList();
        return new Computed([rank], null, rank.ToString(Inv),
            $"{MethodName(method)} rank of {iso3}'s {Name(index)} {row.Value.ToString(Inv)} in {edition}: {above.Count} countries and " +
            $"{above.Select(r => r.Value).Distinct().Count()} distinct values above it; tied with {string.Join(", ", tied.Where(t => t != iso3))}" +
            $" (competition {row.CompetitionRank}, dense {row.DenseRank}).",
            ranking.Coverage);
    }

    private static Computed RankChangeOf(SurveyDataset dataset, ClaimQuery q)
    {
        var index = IndexOf(q);
        var iso3 = Need(q.Iso3, "iso3");
        var from = Need(q.From, "from");
        var to = Need(q.To, "to");
        var changes = RankingAnalysis.Change(dataset, index, from, to, MethodOf(q));
        var change = changes.For(iso3) ?? throw new FormatException($"{iso3} is not ranked in both {from} and {to}.");
        return new Computed([change.Change], null, $"+{change.Change}".Replace("+-", "-", StringComparison.Ordinal),
            $"{MethodName(MethodOf(q))} {Name(index)} rank of {iso3}: {change.FromRank} in {from}, {change.ToRank} in {to}; places gained = {change.FromRank} - {change.ToRank}.",
            changes.Coverage);
    }

    private static Computed Level(SurveyDataset dataset, ClaimQuery q)
    {
        var index = IndexOf(q);
        var iso3 = Need(q.Iso3, "iso3");
        var edition = Single(q);
        var value = RecordOf(dataset, iso3, edition).Value(index) ?? throw new FormatException($"{iso3} has no {index} in {edition}.");
        var level = LevelGroups.Of(value);
        return new Computed([(double)value], level, $"{level.Label()} ({value.ToString("0.0000", Inv)})",
            $"{Name(index)} of {iso3} in {edition} is {value.ToString(Inv)}; very high means >= {LevelGroups.VeryHighFrom.ToString(Inv)}.",
            Coverage.Of(edition, 1, 0));
    }

    private static Computed WorldMeanChange(SurveyDataset dataset, ClaimQuery q)
    {
        var index = IndexOf(q);
        var from = Need(q.From, "from");
        var to = Need(q.To, "to");
        var sigma = Convergence.Sigma(dataset, index, [from, to]);
        if (sigma.Count != 2) throw new FormatException($"No {index} values in {from} or {to}.");
        var shares = LevelShares.Of(dataset, index, Grouping.World, [from, to]);
        string Shares(int e) => string.Join(", ", shares.Where(s => s.Edition == e).Select(s => $"{s.Level.Label()} {s.Count} ({s.Share.ToString("P1", Inv)})"));
        var change = sigma[1].Mean - sigma[0].Mean;
        double VeryHigh(int e) => shares.Single(s => s.Edition == e && s.Level == LevelGroup.VeryHigh).Share;
        var veryHighChange = VeryHigh(to) - VeryHigh(from);
        var (caveatShort, caveat) = index == SurveyIndex.Egdi ? LevelCaveat(dataset, from, to) : ("", "");
        return new Computed([change, veryHighChange], null,
            $"mean {sigma[0].Mean.ToString("0.0000", Inv)} → {sigma[1].Mean.ToString("0.0000", Inv)} ({Signed(change)}{caveatShort}); " +
            $"very high {VeryHigh(from).ToString("P1", Inv)} → {VeryHigh(to).ToString("P1", Inv)}",
            $"World mean {Name(index)} over the countries assessed: {from} {sigma[0].Mean.ToString("0.0000", Inv)} (n={sigma[0].Coverage.Countries}), " +
            $"{to} {sigma[1].Mean.ToString("0.0000", Inv)} (n={sigma[1].Coverage.Countries}). Level groups {from}: {Shares(from)}; {to}: {Shares(to)}.{caveat}",
            new Coverage([from, to], Math.Min(sigma[0].Coverage.Countries, sigma[1].Coverage.Countries),
                Math.Max(sigma[0].Coverage.Excluded, sigma[1].Coverage.Excluded)));
    }

    /// <summary>
    /// The caveat of a world-mean EGDI comparison across two editions: how much of the mean change each component carries
    /// (the mean of <see cref="SurveyAnalysis.EgdiChanges"/>), and whether the world mean OSI moved the other way. Levels of two
    /// editions are compared, and each edition rescales its components among its own countries, so a shift of one
    /// component's indicators counts as development.
    /// </summary>
    private static (string Short, string Long) LevelCaveat(SurveyDataset dataset, int from, int to)
    {
        var mean = EgdiChanges.DecomposeAll(dataset, from, to).Mean;
        if (mean.EgdiChange == 0) return ("", "");
        var parts = new[] { (SurveyIndex.Osi, mean.OsiContribution), (SurveyIndex.Hci, mean.HciContribution), (SurveyIndex.Tii, mean.TiiContribution) };
        var (driver, contribution) = parts.MaxBy(p => mean.EgdiChange > 0 ? p.Item2 : -p.Item2);
        var share = (double)(contribution / mean.EgdiChange);
        var against = parts.Where(p => Math.Sign(p.Item2) == -Math.Sign(mean.EgdiChange)).Select(p => $"{Name(p.Item1)} {Signed((double)p.Item2)}").ToList();
        var osi = Convergence.Sigma(dataset, SurveyIndex.Osi, [from, to]);
        var shortText = $"; {Name(driver)} {Signed((double)contribution)} of it ({share.ToString("P0", Inv)})" +
            (against.Count > 0 ? ", " + string.Join(", ", against) : "") + "; a level comparison across editions";
        var longText = $" Caveat: this compares levels of two editions, each rescaled among its own countries. Of the mean EGDI change of the " +
            $"{EgdiChanges.DecomposeAll(dataset, from, to).Countries.Count} countries with all four values in both, {Signed((double)mean.EgdiChange)}, the {Name(driver)} carries " +
            $"{Signed((double)contribution)} ({share.ToString("P1", Inv)}; its world mean changed by {Signed(3 * (double)contribution)}), the OSI {Signed((double)mean.OsiContribution)}, " +
            $"the HCI {Signed((double)mean.HciContribution)}; the world mean OSI went from {osi[0].Mean.ToString("0.0000", Inv)} to {osi[1].Mean.ToString("0.0000", Inv)}. " +
            "A revision of a component's indicators or of their rescaling counts here as development.";
        return (shortText, longText);
    }

    private static string Signed(double value) => (value >= 0 ? "+" : "−") + Math.Abs(value).ToString("0.0000", Inv);

    private static Computed ShareAtLeast(SurveyDataset dataset, ClaimQuery q)
    {
        var index = IndexOf(q);
        var edition = Single(q);
        var threshold = Need(q.Threshold, "threshold");
        var records = RankingAnalysis.EditionRecords(dataset, edition);
        var values = records.Where(r => r.Value(index) is not null).Select(r => (double)r.Value(index)!.Value).ToList();
        var count = values.Count(v => v >= threshold);
        var share = (double)count / values.Count;
        var positive = values.Count(v => v > 0);
        return new Computed([share], null, $"{share.ToString("P1", Inv)} ({count} of {values.Count} with {Name(index)} >= {threshold.ToString(Inv)}, {edition})",
            $"{count} of {values.Count} countries have {Name(index)} >= {threshold.ToString(Inv)} in {edition}; for comparison {positive} " +
            $"({((double)positive / values.Count).ToString("P1", Inv)}) have {Name(index)} > 0.",
            Coverage.Of(edition, values.Count, records.Count - values.Count));
    }

    private static Computed RegionalDisparity(SurveyDataset dataset, ClaimQuery q)
    {
        var index = IndexOf(q);
        var edition = Single(q);
        var grouping = Enum.Parse<Grouping>(Need(q.Grouping, "grouping"), ignoreCase: true);
        var table = Disparities.Of(dataset, index, edition, grouping);
        var means = string.Join(", ", table.Groups.OrderBy(g => g.Summary.Mean).Select(g => $"{g.Group} {g.Summary.Mean.ToString("0.0000", Inv)}"));
        return new Computed([table.Theil.BetweenShare], null,
            $"{Name(index)} {edition} means by {grouping}: {means}; between-group share of Theil T {table.Theil.BetweenShare.ToString("P1", Inv)}",
            $"Disparities.Of({Name(index)}, {edition}, {grouping}): world Gini {table.World.Gini.ToString("0.0000", Inv)}, Theil T {table.Theil.Total.ToString("0.0000", Inv)} " +
            $"= between {table.Theil.Between.ToString("0.0000", Inv)} + within {table.Theil.Within.ToString("0.0000", Inv)}.",
            table.Coverage);
    }

    private static EditionRecord RecordOf(SurveyDataset dataset, string iso3, int edition) =>
        RankingAnalysis.EditionRecords(dataset, edition).FirstOrDefault(r => r.Iso3 == iso3) ?? throw new FormatException($"No {iso3} in {edition}.");

    private static SurveyIndex IndexOf(ClaimQuery q) =>
        Enum.TryParse<SurveyIndex>(Need(q.Index, "index"), ignoreCase: true, out var index) ? index : throw new FormatException($"Unknown index '{q.Index}'.");

    private static RankMethod? MethodOf(ClaimQuery q) => (q.Method ?? "competition").ToLowerInvariant() switch
    {
        "competition" => RankMethod.Competition,
        "dense" => RankMethod.Dense,
        "published" => null,
        _ => throw new FormatException($"Unknown rank method '{q.Method}'."),
    };

    private static string MethodName(RankMethod? method) => method?.ToString() ?? "Published";

    private static string Name(SurveyIndex index) => SurveyColumns.Of(index);

    private static int Single(ClaimQuery q) =>
        Need(q.Editions, "editions") is [var e] ? e : throw new FormatException($"Metric '{q.Metric}' needs exactly one edition.");

    private static T Need<T>(T? value, string name) where T : class =>
        value ?? throw new FormatException($"The query needs '{name}'.");

    private static T Need<T>(T? value, string name) where T : struct =>
        value ?? throw new FormatException($"The query needs '{name}'.");
}
