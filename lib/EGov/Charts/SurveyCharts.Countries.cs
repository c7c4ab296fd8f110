using EGov.Analysis;
using EGov.Data;
using Plotly.NET;
using static EGov.Charts.PlotlyFs;

namespace EGov.Charts;

public static partial class SurveyCharts
{
    /// <summary>
    /// Bump chart of the published EGDI rank over every edition for the given countries (ISO3 codes or names), rank 1 at the top
    /// (y axis reversed); editions where a country was not assessed are gaps. Every country has its own colour
    /// (<see cref="CountryColors"/>, at most <see cref="CountryColors.Capacity"/> countries); the country in
    /// <paramref name="focus"/> is black and thicker. Each line ends in its ISO3 code and last rank (moved apart where ranks are
    /// close), so the chart reads without hovering; the rank axis runs from rank 1, never 0.
    /// The title states the focus country's move, or else the biggest climber's. Flagged ranks are left out by default
    /// (<see cref="FlaggedValues"/>: gaps, named in the note).
    /// </summary>
    /// <exception cref="ArgumentException">No country, too many countries, or a focus not among them.</exception>
    public static GenericChart RankBump(Survey survey, IEnumerable<string> countries, string? focus = null, FlaggedValues flagged = FlaggedValues.Exclude)
    {
        Require(survey);
        ArgumentNullException.ThrowIfNull(countries);
        var profiles = countries.Select(survey.Iso3Of).Distinct(StringComparer.Ordinal).Select(c => survey.Profile(c, flagged)).ToList();
        bool Drawn(ProfileEdition e) => e.PublishedEgdiRank is not null && (flagged == FlaggedValues.Include || !e.PublishedRankExcluded);
        if (profiles.Count == 0) throw new ArgumentException("Give at least one country.", nameof(countries));
        var focusIso3 = focus is null ? null : survey.Iso3Of(focus);
        var colours = CountryColors.For(profiles.Select(p => p.Country.Iso3).ToList(), focusIso3);
        var traces = profiles.Select(p =>
        {
            var ranked = p.Editions.Where(Drawn).ToList();
            var isFocus = p.Country.Iso3 == focusIso3;
            return Line(ranked.Select(e => e.Edition), ranked.Select(e => (double)e.PublishedEgdiRank!.Value), $"{p.Country.Name} ({p.Country.Iso3})",
                colours[p.Country.Iso3], text: ranked.Select(e => $"{p.Country.Iso3} {e.Edition}: rank {e.PublishedEgdiRank}"), width: isFocus ? 4 : 2);
        });
        // The axis runs from just above rank 1 to just below the lowest rank drawn (never 0); each line ends in a label
        // "ISO3 rank", moved apart vertically where ranks are close so that no two labels touch.
        var drawnRanks = profiles.SelectMany(p => p.Editions.Where(Drawn)).Select(e => (double)e.PublishedEgdiRank!.Value).DefaultIfEmpty(1).ToList();
        var (bestRank, worstRank) = (drawnRanks.Min(), drawnRanks.Max());
        var span = Math.Max(10, worstRank - bestRank);
        var (top, bottom) = (Math.Max(0.5, bestRank - span * 0.04), worstRank + span * 0.04);
        var plotPixels = 600 - 200.0; // ChartLayout's default height less its top and base bottom margins: the plot keeps this height
        var ends = profiles.Select(p => (p, Last: p.Editions.Where(Drawn).LastOrDefault())).Where(x => x.Last is not null)
            .Select(x => (Text: $"{x.p.Country.Iso3} {x.Last!.PublishedEgdiRank}", Edition: x.Last.Edition, Rank: (double)x.Last.PublishedEgdiRank!.Value, Colour: colours[x.p.Country.Iso3]))
            .ToList();
        var placed = Spread(ends.Select(e => e.Rank).ToList(), 16 * (bottom - top) / plotPixels);
        var labels = ends.Select((e, i) => DataLabel(e.Edition + 0.4, placed[i], e.Text, e.Colour)).ToList();
        top = Math.Max(0.5, Math.Min(top, placed.DefaultIfEmpty(top).Min() - 8 * (bottom - top) / plotPixels));
        bottom = Math.Max(bottom, placed.DefaultIfEmpty(bottom).Max() + 8 * (bottom - top) / plotPixels);
        var editions = survey.Editions;
        var moves = profiles.Select(p => (p.Country, Ranked: p.Editions.Where(Drawn).ToList()))
            .Where(m => m.Ranked.Count >= 2)
            .Select(m => (m.Country, First: m.Ranked[0], Last: m.Ranked[^1], Gain: m.Ranked[0].PublishedEgdiRank!.Value - m.Ranked[^1].PublishedEgdiRank!.Value))
            .ToList();
        var headline = focusIso3 is not null && moves.FirstOrDefault(m => m.Country.Iso3 == focusIso3) is { Country: not null } f
            ? $"{f.Country.Name} {Moved(f.Gain)} in the published EGDI rank: {f.First.PublishedEgdiRank} in {f.First.Edition}, {f.Last.PublishedEgdiRank} in {f.Last.Edition}"
            : moves.Count > 0 && moves.MaxBy(m => m.Gain) is var best
                ? $"Of these countries, {best.Country.Name} climbed the most in the published EGDI rank: {best.First.PublishedEgdiRank} in {best.First.Edition}, {best.Last.PublishedEgdiRank} in {best.Last.Edition}"
                : $"Published EGDI rank, {editions[0]}-{editions[^1]}";
        return new ChartLayout(headline,
                $"Rank as published by the UN (1 = highest EGDI); up to {SurveySchema.MemberStates} countries ranked per edition" + (focusIso3 is null ? "" : $"; {survey.Country(focusIso3).Name} in black"),
                "Survey edition", "Published EGDI rank (1 = best)", editions)
            {
                YRange = (bottom, top), ShowLegend = true, XRange = (editions[0] - 0.5, editions[^1] + 3), Annotations = labels,
                Note = ChartText.WithExcluded(ChartText.MethodologyCaveat, LeftOut(profiles, e => e.ExcludingFlags(EgdiRankField), flagged), flagged),
            }
            .Apply(Combine(traces));

        static List<double> Spread(List<double> ys, double gap)
        {
            // Labels in rank order, each at least `gap` below the one above it; then the block is centred on the ranks again.
            var order = ys.Select((y, i) => (y, i)).OrderBy(t => t.y).ToList();
            var placed = new double[ys.Count];
            double? previous = null;
            foreach (var (y, i) in order)
            {
                placed[i] = previous is { } p && y < p + gap ? p + gap : y;
                previous = placed[i];
            }
            return [.. placed];
        }

        static string Moved(int gain) => gain > 0 ? $"climbed {gain} places" : gain < 0 ? $"fell {-gain} places" : "kept its place";
    }

    /// <summary>
    /// A country's EGDI, OSI, HCI and TII over every edition (lines in <see cref="IndexColors"/>), from
    /// <see cref="SurveyAnalysis.Profile"/>. The published EGDI rank is written under each edition on the x axis, away from the lines.
    /// The title states how the EGDI changed from the first to the last edition assessed. Flagged values are left out by
    /// default (<see cref="FlaggedValues"/>: gaps, and "–" for a flagged rank, named in the note).
    /// </summary>
    public static GenericChart CountryOverEditions(Survey survey, string iso3OrName, FlaggedValues flagged = FlaggedValues.Exclude)
    {
        Require(survey);
        var profile = survey.Profile(iso3OrName, flagged);
        SurveyIndex[] indices = [SurveyIndex.Egdi, SurveyIndex.Osi, SurveyIndex.Hci, SurveyIndex.Tii];
        bool Drawn(ProfileEdition e, SurveyIndex index) => e.Value(index) is not null && (flagged == FlaggedValues.Include || !e.IsExcluded(index));
        var traces = indices.Select(index =>
        {
            var rows = profile.Editions.Where(e => Drawn(e, index)).ToList();
            return Line(rows.Select(r => r.Edition), rows.Select(r => (double)r.Value(index)!.Value), ChartText.ShortName(index), IndexColors.Of(index),
                text: rows.Select(r => $"{ChartText.ShortName(index)} {r.Edition}: {F(r.Value(index)!.Value)}"),
                dash: index == SurveyIndex.Egdi ? null : StyleParam.DrawingStyle.Dot, width: index == SurveyIndex.Egdi ? 4 : 2);
        });
        var editions = profile.Editions.Select(e => e.Edition).ToList();
        var missing = profile.Editions.Where(e => e.Egdi is null).Select(e => e.Edition).ToList();
        var assessed = profile.Editions.Where(e => Drawn(e, SurveyIndex.Egdi)).ToList();
        var title = assessed.Count >= 2
            ? $"{profile.Country.Name}'s EGDI {(assessed[^1].Egdi >= assessed[0].Egdi ? "rose" : "fell")} from {F(assessed[0].Egdi!.Value, 2)} in {assessed[0].Edition} to {F(assessed[^1].Egdi!.Value, 2)} in {assessed[^1].Edition}"
            : $"{profile.Country.Name}: EGDI and components, {editions[0]}-{editions[^1]}";
        var rankLeftOut = flagged == FlaggedValues.Exclude ? profile.Editions.Where(e => e.PublishedEgdiRank is not null && e.PublishedRankExcluded).ToList() : [];
        var ticks = profile.Editions.Select(e => ((double)e.Edition,
            $"{e.Edition}<br>{(e.PublishedEgdiRank is not { } r || rankLeftOut.Contains(e) ? "–" : "#" + r)}")).ToList();
        var left = profile.Editions.SelectMany(e => indices.Where(i => e.Value(i) is not null && !Drawn(e, i)).SelectMany(i => e.ExcludingFlags(FlagFilterField(i))))
            .Concat(rankLeftOut.SelectMany(e => e.ExcludingFlags(EgdiRankField)));
        return new ChartLayout(title,
                "EGDI (thick) = mean of OSI, HCI and TII, each 0-1" + (missing.Count > 0 ? $"; not assessed in {string.Join(", ", missing)}" : ""),
                "Survey edition (under it: published EGDI rank)", "Index value (0-1)", editions)
            { YRange = (0, 1), Note = ChartText.WithExcluded(ChartText.MethodologyCaveat, left, flagged), XTicks = ticks }
            .Apply(Combine(traces));
    }

    /// <summary>
    /// One index of one country over every edition beside the mean of its region and of the world (countries assessed in each
    /// edition), from <see cref="SurveyAnalysis.Profile"/> and <see cref="SurveyAnalysis.Disparities"/>: the country black and thick, the
    /// region mean dashed in the region's colour, the world mean dashed grey. Works for any index, e.g. the EPI. Flagged values
    /// are left out of the country's line and the means by default (<see cref="SurveyAnalysis.DisparitiesOverEditions"/>), named in the note.
    /// </summary>
    public static GenericChart CountryIndexOverEditions(Survey survey, string iso3OrName, SurveyIndex index, FlaggedValues flagged = FlaggedValues.Exclude)
    {
        Require(survey);
        var profile = survey.Profile(iso3OrName, flagged);
        var region = profile.Country.Region;
        var trend = survey.DisparitiesOverEditions(index, Grouping.Region, survey.Editions, flagged);
        var tables = trend.Tables;
        var own = profile.Editions.Where(e => e.Value(index) is not null && (flagged == FlaggedValues.Include || !e.IsExcluded(index))).ToList();
        var name = ChartText.ShortName(index);
        // The country's values are written under the editions on the x axis, away from the lines and markers.
        var country = Line(own.Select(e => e.Edition), own.Select(e => (double)e.Value(index)!.Value), profile.Country.Name, CountryColors.Focus,
            text: own.Select(e => $"{profile.Country.Name} {e.Edition}: {F(e.Value(index)!.Value)}"), width: 4);
        var valueTicks = survey.Editions.Select(ed => ((double)ed, own.FirstOrDefault(e => e.Edition == ed) is { } v ? $"{ed}<br>{F(v.Value(index)!.Value, 2)}" : $"{ed}<br>–")).ToList();
        var regional = Line(tables.Select(t => t.Edition), tables.Select(t => t.Group(region).Summary.Mean), $"{region} mean", RegionColors.Of(region),
            text: tables.Select(t => $"{region} {t.Edition}: {F(t.Group(region).Summary.Mean)}"), dash: StyleParam.DrawingStyle.Dash);
        var world = Line(tables.Select(t => t.Edition), tables.Select(t => t.World.Summary.Mean), "World mean", OkabeIto.Grey,
            text: tables.Select(t => $"World {t.Edition}: {F(t.World.Summary.Mean)}"), dash: StyleParam.DrawingStyle.Dash);
        var last = own.Count > 0 ? own[^1] : null;
        var lastRegion = last is null ? double.NaN : tables.Single(t => t.Edition == last.Edition).Group(region).Summary.Mean;
        // Levels of different editions are not compared: the title places the country against its region within each edition.
        var above = own.Count(e => (double)e.Value(index)!.Value >= tables.Single(t => t.Edition == e.Edition).Group(region).Summary.Mean);
        var title = last is null || own.Count < 2
            ? $"{profile.Country.Name}: {name} over the editions"
            : $"{profile.Country.Name}'s {name} was at or above the {region} mean in {above} of {own.Count} editions; in {last.Edition} " +
              $"{F(last.Value(index)!.Value, 2)} against {F(lastRegion, 2)}";
        var editions = survey.Editions;
        return new ChartLayout(title, $"{ChartText.LongName(index)}, 0-1; under each edition: {profile.Country.Name}'s value; means of the countries assessed in each edition",
                $"Survey edition (under it: {profile.Country.Name}'s {name})", ChartText.AxisTitle(index), editions)
            { YRange = (0, 1), XTicks = valueTicks, Note = ChartText.WithExcluded(ChartText.MethodologyCaveatFor(index), trend.Excluded, flagged) }
            .Apply(Combine([world, regional, country]));
    }

    /// <summary>
    /// Several countries (ISO3 codes or names) compared over every edition in four small charts: EGDI, OSI, HCI and TII, one
    /// colour per country in all four (<see cref="CountryColors"/>; the first country, or <paramref name="focus"/>, in black),
    /// from <see cref="SurveyAnalysis.Compare"/>. The title names the country with the highest EGDI in the latest edition.
    /// Flagged values are left out by default (<see cref="FlaggedValues"/>: gaps, named in the note).
    /// </summary>
    /// <exception cref="ArgumentException">No country, or more than <see cref="CountryColors.Capacity"/>.</exception>
    public static GenericChart CompareCountries(Survey survey, IEnumerable<string> countries, string? focus = null, FlaggedValues flagged = FlaggedValues.Exclude)
    {
        Require(survey);
        var comparison = survey.Compare(countries);
        var iso3s = comparison.Profiles.Select(p => p.Country.Iso3).ToList();
        var focusIso3 = focus is null ? iso3s[0] : survey.Iso3Of(focus);
        var colours = CountryColors.For(iso3s, focusIso3);
        SurveyIndex[] panels = [SurveyIndex.Egdi, SurveyIndex.Osi, SurveyIndex.Hci, SurveyIndex.Tii];
        var charts = panels.Select((index, i) => Combine(comparison.Profiles.Select(p =>
        {
            var rows = p.Editions.Where(e => e.Value(index) is not null && (flagged == FlaggedValues.Include || !e.IsExcluded(index))).ToList();
            return Line(rows.Select(e => e.Edition), rows.Select(e => (double)e.Value(index)!.Value), $"{p.Country.Name} ({p.Country.Iso3})",
                colours[p.Country.Iso3], text: rows.Select(e => $"{p.Country.Iso3} {ChartText.ShortName(index)} {e.Edition}: {F(e.Value(index)!.Value)}"),
                showLegend: i == 0, width: p.Country.Iso3 == focusIso3 ? 4 : 2);
        })));
        var latest = survey.Editions[^1];
        var leader = comparison.Profiles.Where(p => p.Edition(latest).Egdi is not null).MaxBy(p => p.Edition(latest).Egdi);
        var title = leader is null || iso3s.Count == 1
            ? $"{string.Join(", ", comparison.Profiles.Select(p => p.Country.Name))}: EGDI and its components, {survey.Editions[0]}-{latest}"
            : $"{leader.Country.Name} has the highest EGDI of these {iso3s.Count} countries in {latest} ({F(leader.Edition(latest).Egdi!.Value, 2)})";
        return new GridLayout(title, "Each panel: one index (0-1) over the survey editions; the same colour is the same country in every panel",
                panels.Select(ChartText.LongName).ToList(), "Survey edition", "Index value (0-1)", survey.Editions)
            {
                YRange = (0, 1),
                Note = ChartText.WithExcluded(ChartText.MethodologyCaveat,
                    LeftOut(comparison.Profiles, e => panels.Where(i => e.Value(i) is not null).SelectMany(i => e.ExcludingFlags(FlagFilterField(i))), flagged), flagged),
            }
            .Apply(charts.ToList());
    }

    private const string EgdiRankField = "egdi_rank";

    private static string FlagFilterField(SurveyIndex index) => SurveySchema.Of(index).Field;

    /// <summary>The excluding flags of the profiles' editions that a chart leaves out (none with <see cref="FlaggedValues.Include"/>).</summary>
    private static IReadOnlyList<QualityFlag> LeftOut(IEnumerable<CountryProfile> profiles, Func<ProfileEdition, IEnumerable<QualityFlag>> flags,
        FlaggedValues flagged) =>
        flagged == FlaggedValues.Include ? [] : profiles.SelectMany(p => p.Editions.SelectMany(flags)).ToList();
}
