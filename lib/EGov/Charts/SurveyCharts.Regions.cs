using EGov.Analysis;
using EGov.Data;
using Plotly.NET;
using static EGov.Charts.PlotlyFs;

namespace EGov.Charts;

public static partial class SurveyCharts
{
    /// <summary>
    /// Stacked bars of the share (%) of countries in each level group of an index, per region and for the world, in one edition,
    /// from <see cref="SurveyAnalysis.LevelShares"/>. One trace per level group, coloured by <see cref="LevelColors"/>. The title states
    /// the range of the "very high" share across regions.
    /// </summary>
    public static GenericChart LevelSharesByRegion(Survey survey, SurveyIndex index, int edition) =>
        LevelSharesByRegion(survey, index, [edition]);

    /// <summary>
    /// <see cref="LevelSharesByRegion(Survey, SurveyIndex, int)"/> for several editions in one chart: for each region and the
    /// world one bar per edition, side by side. The title states how the "very high" share changed from the first to the last edition.
    /// Flagged values are left out by default (<see cref="FlaggedValues"/>), and the note under the chart names them.
    /// </summary>
    /// <exception cref="ArgumentException">No edition given.</exception>
    public static GenericChart LevelSharesByRegion(Survey survey, SurveyIndex index, IReadOnlyList<int> editions,
        FlaggedValues flagged = FlaggedValues.Exclude)
    {
        Require(survey);
        ArgumentNullException.ThrowIfNull(editions);
        if (editions.Count == 0) throw new ArgumentException("Give at least one edition.", nameof(editions));
        var shares = survey.LevelShares(index, Grouping.Region, editions, withWorld: true, flagged: flagged);
        var scopes = RegionColors.Regions.Append(RegionColors.World).ToList();
        var bars = scopes.SelectMany(scope => editions.Select(edition => (Scope: scope, Edition: edition))).ToList();
        // With several editions the labels stay short enough to stand upright; the n goes to the subtitle when it is the same in every edition.
        var sameTotals = scopes.All(scope => editions.Select(e => Share((scope, e), LevelGroup.Low).Total).Distinct().Count() == 1);
        string Key((string Scope, int Edition) bar) =>
            editions.Count == 1 ? $"{bar.Scope} (n={Share(bar, LevelGroup.Low).Total})"
            : sameTotals ? $"{bar.Scope}<br>{bar.Edition}" : $"{bar.Scope}<br>{bar.Edition}<br>n={Share(bar, LevelGroup.Low).Total}";
        LevelShare Share((string Scope, int Edition) bar, LevelGroup level) => shares.Single(x => x.Scope == bar.Scope && x.Edition == bar.Edition && x.Level == level);
        var keys = bars.Select(Key).ToList();
        // Several editions: a two-level axis (plotly's multicategory), each edition under its bar and the region once under its
        // group, groups divided by lines; the world's group is written in bold. Segments too thin for a legible label carry none.
        var multi = editions.Count > 1;
        var traces = LevelColors.Levels.Select(level =>
        {
            var rows = bars.Select(b => Share(b, level)).ToList();
            var column = Column(keys, rows.Select(r => 100 * r.Share), level.Label(), LevelColors.Of(level),
                rows.Select(r => r.Count == 0 || 100 * r.Share < SegmentLabelMinimum ? "" : $"{F(100 * r.Share, 0)}%"), stacked: true);
            return !multi ? column : GenericChart.mapTrace(Microsoft.FSharp.Core.FuncConvert.FromFunc<Trace, Trace>(trace =>
            {
                trace.SetProperty("x", new[]
                {
                    bars.Select(b => b.Scope == RegionColors.World ? $"<b>{b.Scope}</b>" : b.Scope).ToArray(),
                    bars.Select(b => sameTotals ? b.Edition.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{b.Edition} (n={Share(b, LevelGroup.Low).Total})").ToArray(),
                });
                return trace;
            }), column);
        });
        var name = ChartText.ShortName(index);
        string title;
        if (editions.Count == 1)
        {
            var veryHigh = RegionColors.Regions.Select(r => Share((r, editions[0]), LevelGroup.VeryHigh)).ToList();
            var (low, high) = (veryHigh.MinBy(v => v.Share)!, veryHigh.MaxBy(v => v.Share)!);
            title = $"The share of countries with a very high {name} ranges from {F(100 * low.Share, 0)}% in {low.Scope} to {F(100 * high.Share, 0)}% in {high.Scope}, {editions[0]}";
        }
        else
        {
            var (first, last) = (Share((RegionColors.World, editions[0]), LevelGroup.VeryHigh), Share((RegionColors.World, editions[^1]), LevelGroup.VeryHigh));
            title = $"Countries with a very high {name}: {F(100 * first.Share, 0)}% of the world in {editions[0]}, {F(100 * last.Share, 0)}% in {editions[^1]}";
        }
        var counts = editions.Count > 1 && sameTotals
            ? "Countries assessed in each edition: " + string.Join(", ", scopes.Select(scope => $"{scope} {Share((scope, editions[0]), LevelGroup.Low).Total}"))
            : null;
        return new ChartLayout(title,
                $"Share of assessed countries per level: {ChartText.LevelBands} ({name}, 0-1)",
                editions.Count == 1 ? "Region (n = countries assessed)" : "Region and edition", "Share of countries (%)", editions)
            {
                YRange = (0, 100), XCategories = multi ? null : keys, ShowLegend = true, UprightXLabels = multi, ExtraTickLines = multi ? 1 : 0,
                Note = ChartText.WithExcluded(counts, shares.Where(s => s.Scope == RegionColors.World && s.Level == LevelGroup.Low).SelectMany(s => s.Excluded), flagged),
            }
            .Apply(Combine(traces));
    }

    /// <summary>The smallest share (%) whose stacked segment is labelled: a thinner one has no room for a legible label.</summary>
    internal const double SegmentLabelMinimum = 6;

    /// <summary>
    /// Grouped bars of the mean OSI, HCI and TII per region in one edition (x: component, one bar per region in its region colour),
    /// from <see cref="SurveyAnalysis.Disparities"/>.
    /// </summary>
    public static GenericChart ComponentsByRegion(Survey survey, int edition)
    {
        Require(survey);
        SurveyIndex[] components = [SurveyIndex.Osi, SurveyIndex.Hci, SurveyIndex.Tii];
        var tables = components.Select(c => survey.Disparities(c, edition, Grouping.Region)).ToList();
        var keys = components.Select(ChartText.ShortName).ToList();
        var traces = RegionColors.Regions.Select(region =>
        {
            var means = tables.Select(t => t.Group(region).Summary.Mean).ToList();
            return Column(keys, means, region, RegionColors.Of(region), means.Select(m => F(m, 2)));
        });
        var leaders = tables.Select(t => t.Groups.MaxBy(g => g.Summary.Mean)!.Group).Distinct().ToList();
        var trailers = tables.Select(t => t.Groups.MinBy(g => g.Summary.Mean)!.Group).Distinct().ToList();
        var title = leaders.Count == 1 && trailers.Count == 1
            ? $"{leaders[0]} leads and {trailers[0]} trails in all three EGDI components, {edition}"
            : $"EGDI components by region, {edition}: " + string.Join("; ", components.Select((c, i) =>
                $"{ChartText.ShortName(c)} highest in {tables[i].Groups.MaxBy(g => g.Summary.Mean)!.Group}, lowest in {tables[i].Groups.MinBy(g => g.Summary.Mean)!.Group}"));
        return new ChartLayout(title,
                "Mean Online Service (OSI), Human Capital (HCI) and Telecommunication Infrastructure (TII) indices of the assessed countries, 0-1",
                "Component of the EGDI", "Regional mean (index, 0-1)", [edition]) { XCategories = keys, YRange = (0, 1) }
            .Apply(Combine(traces));
    }

    /// <summary>
    /// World and regional mean EGDI over every edition (one line per region plus the world, dashed), from
    /// <see cref="SurveyAnalysis.DisparitiesOverEditions"/>, with the methodology caveat under the source line. Flagged values are left out
    /// by default (<see cref="FlaggedValues"/>), and the note names them.
    /// </summary>
    public static GenericChart RegionalMeansOverEditions(Survey survey, SurveyIndex index, FlaggedValues flagged = FlaggedValues.Exclude)
    {
        Require(survey);
        var editions = survey.Editions;
        var trend = survey.DisparitiesOverEditions(index, Grouping.Region, editions, flagged);
        var tables = trend.Tables;
        var traces = RegionColors.Regions
            .Select(region => Line(editions, tables.Select(t => t.Group(region).Summary.Mean), region, RegionColors.Of(region),
                text: tables.Select(t => $"{region} {t.Edition}: {F(t.Group(region).Summary.Mean)} (n={t.Group(region).Summary.Count})")))
            .Append(Line(editions, tables.Select(t => t.World.Summary.Mean), RegionColors.World, RegionColors.Of(RegionColors.World),
                text: tables.Select(t => $"World {t.Edition}: {F(t.World.Summary.Mean)} (n={t.World.Summary.Count})"),
                dash: StyleParam.DrawingStyle.Dash));
        // The finding compares the first edition that assessed as many countries as the last one with the last edition.
        var start = tables.First(t => t.World.Summary.Count == tables[^1].World.Summary.Count);
        var risen = RegionColors.Regions.Count(r => tables[^1].Group(r).Summary.Mean > start.Group(r).Summary.Mean);
        var title = risen == RegionColors.Regions.Count
            ? $"Mean {ChartText.ShortName(index)} by region: higher in {editions[^1]} than in {start.Edition} in every region"
            : $"Mean {ChartText.ShortName(index)} by region: higher in {editions[^1]} than in {start.Edition} in {risen} of {RegionColors.Regions.Count} regions";
        return new ChartLayout(title,
                $"Unweighted mean of the countries assessed in each edition; {ChartText.LongName(index)}, 0-1",
                "Survey edition", $"Mean {ChartText.AxisTitle(index)}", editions)
            { Note = ChartText.WithExcluded(ChartText.MethodologyCaveat, trend.Excluded, flagged), YRange = (0, 1) }
            .Apply(Combine(traces));
    }
}
