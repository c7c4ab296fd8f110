using EGov.Analysis;
using EGov.Data;
using Plotly.NET;
using static EGov.Charts.PlotlyFs;

namespace EGov.Charts;

public static partial class SurveyCharts
{
    /// <summary>
    /// Bump chart of the published EGDI rank over every edition for the given countries (ISO3 codes or names), rank 1 at the top
    /// (y axis reversed); editions where a country was not assessed are gaps. Countries are coloured in <see cref="OkabeIto.Series"/> order.
    /// </summary>
    public static GenericChart RankBump(Survey survey, IEnumerable<string> countries)
    {
        Require(survey);
        ArgumentNullException.ThrowIfNull(countries);
        var profiles = countries.Select(c => survey.Profile(c)).ToList();
        if (profiles.Count == 0) throw new ArgumentException("Give at least one country.", nameof(countries));
        var traces = profiles.Select((p, i) =>
        {
            var ranked = p.Editions.Where(e => e.PublishedEgdiRank is not null).ToList();
            return Line(ranked.Select(e => e.Edition), ranked.Select(e => (double)e.PublishedEgdiRank!.Value), $"{p.Country.Name} ({p.Country.Iso3})",
                OkabeIto.SeriesColor(i), text: ranked.Select(e => $"{p.Country.Iso3} {e.Edition}: rank {e.PublishedEgdiRank}"));
        });
        var editions = survey.Editions;
        return new ChartLayout($"Published EGDI rank, {editions[0]}-{editions[^1]}",
                $"Rank as published by the UN (1 = highest EGDI); the number of countries ranked differs by edition (up to {SurveySchema.MemberStates})",
                "Survey edition", "Published EGDI rank (1 = best)", editions) { YReversed = true, Note = ChartText.MethodologyCaveat }
            .Apply(Combine(traces));
    }

    /// <summary>
    /// A country's EGDI, OSI, HCI and TII over every edition (lines in <see cref="IndexColors"/>), the EGDI points labelled with the
    /// published EGDI rank, from <see cref="CountryProfiles.For"/>.
    /// </summary>
    public static GenericChart CountryOverEditions(Survey survey, string iso3OrName)
    {
        Require(survey);
        var profile = survey.Profile(iso3OrName);
        SurveyIndex[] indices = [SurveyIndex.Egdi, SurveyIndex.Osi, SurveyIndex.Hci, SurveyIndex.Tii];
        var traces = indices.Select(index =>
        {
            var rows = profile.Editions.Select(e => (e.Edition, Value: ValueOf(e, index), e.PublishedEgdiRank)).Where(r => r.Value is not null).ToList();
            return index == SurveyIndex.Egdi
                ? Line(rows.Select(r => r.Edition), rows.Select(r => (double)r.Value!.Value), "EGDI (label: published rank)", IndexColors.Of(index),
                    text: rows.Select(r => $"#{r.PublishedEgdiRank}"), textPosition: StyleParam.TextPosition.TopCenter)
                : Line(rows.Select(r => r.Edition), rows.Select(r => (double)r.Value!.Value), ChartText.ShortName(index), IndexColors.Of(index),
                    dash: StyleParam.DrawingStyle.Dot);
        });
        var editions = profile.Editions.Select(e => e.Edition).ToList();
        var missing = profile.Editions.Where(e => e.Egdi is null).Select(e => e.Edition).ToList();
        return new ChartLayout($"{profile.Country.Name}: EGDI and components, {editions[0]}-{editions[^1]}",
                $"EGDI = mean of OSI, HCI and TII (index, 0-1); labels: published EGDI rank" + (missing.Count > 0 ? $"; not assessed in {string.Join(", ", missing)}" : ""),
                "Survey edition", "Index value (0-1)", editions) { YRange = (0, 1.05), Note = ChartText.MethodologyCaveat }
            .Apply(Combine(traces));
    }

    private static decimal? ValueOf(ProfileEdition e, SurveyIndex index) => index switch
    {
        SurveyIndex.Egdi => e.Egdi,
        SurveyIndex.Osi => e.Osi,
        SurveyIndex.Hci => e.Hci,
        SurveyIndex.Tii => e.Tii,
        SurveyIndex.Epi => e.Epi,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "Unknown index."),
    };
}
