using EGov.Analysis;
using EGov.Data;
using Plotly.NET;
using static EGov.Charts.PlotlyFs;

namespace EGov.Charts;

public static partial class SurveyCharts
{
    /// <summary>
    /// Horizontal bars of the top <paramref name="n"/> countries of an index in an edition (by competition rank, so every country tied
    /// at place n is included), from <see cref="SurveyAnalysis.Ranking"/>. Each bar is labelled with the value, the competition rank and the
    /// dense rank ("=" marks a tie). The <paramref name="focus"/> country (ISO3 or name) is drawn in vermillion; when it is outside the top n it is added at the bottom.
    /// </summary>
    public static GenericChart TopN(Survey survey, SurveyIndex index, int edition, int n = 20, string? focus = null)
    {
        Require(survey);
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n), n, "n must be at least 1.");
        var ranking = survey.Ranking(index, edition);
        var focusIso3 = focus is null ? null : survey.Iso3Of(focus);
        var rows = ranking.Ranks.Where(r => r.CompetitionRank <= n).ToList();
        if (focusIso3 is not null && rows.All(r => r.Iso3 != focusIso3) && ranking.For(focusIso3) is { } extra) rows.Add(extra);
        var tied = ranking.Ranks.GroupBy(r => r.Value).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        // The ranks go into the category label ("=" marks a tie), the bar carries its value and dense rank at its end.
        var labels = rows.Select(r => $"{(tied.Contains(r.Value) ? "=" : "")}{r.CompetitionRank}. {r.Name}").ToList();
        var chart = HorizontalBar(labels, rows.Select(r => (double)r.Value), ChartText.ShortName(index),
            rows.Select(r => r.Iso3 == focusIso3 ? OkabeIto.Vermillion : OkabeIto.SkyBlue),
            rows.Select(r => $"{F(r.Value)} (dense {r.DenseRank})"));
        var highlighted = focusIso3 is null ? "" : $"; {survey.Country(focusIso3).Name} highlighted";
        var ties = rows.Count(r => tied.Contains(r.Value));
        var focusRank = focusIso3 is null ? null : ranking.For(focusIso3);
        var title = focusRank is not null
            ? $"{focusRank.Name} ranks {Ordinal(focusRank.CompetitionRank)} of {ranking.Coverage.Countries} countries in the {ChartText.ShortName(index)}, {edition} ({Ordinal(focusRank.DenseRank)} among distinct values)"
            : $"{ranking.Ranks[0].Name} leads the {ChartText.ShortName(index)}, {edition}: the top {n}";
        return new ChartLayout(title,
                $"Top {n}; {ChartText.LongName(index)}, 0-1; rank before the name = competition rank (1, 2, 2, 4), dense = dense rank (1, 2, 2, 3); '=' marks a tie ({ties} tied bars){highlighted}",
                ChartText.AxisTitle(index), "Country (competition rank)", [edition])
            { YCategories = Enumerable.Reverse(labels).ToList(), XRange = (0, 1), Height = Math.Max(500, 28 * rows.Count + 220) }
            .Apply(chart);
    }

    /// <summary>
    /// Waterfall of a country's EGDI change between two editions: the EGDI of <paramref name="from"/>, the OSI, HCI and TII
    /// contributions (Δcomponent / 3) and the residual, ending at the EGDI of <paramref name="to"/>, from
    /// <see cref="SurveyAnalysis.EgdiChange"/>: a flagged value stops it unless
    /// <paramref name="flagged"/> is <see cref="FlaggedValues.Include"/>, which the note then says.
    /// </summary>
    /// <exception cref="ArgumentException">A value is missing, or flagged and left out (the message names it).</exception>
    public static GenericChart EgdiChangeDecomposition(Survey survey, string iso3OrName, int from, int to, FlaggedValues flagged = FlaggedValues.Exclude)
    {
        Require(survey);
        var d = survey.EgdiChange(iso3OrName, from, to, flagged);
        var used = flagged == FlaggedValues.Include
            ? new[] { from, to }.SelectMany(e => new[] { "egdi", "osi", "hci", "tii" }.SelectMany(f => survey.QualityFlags.Where(q => q.Edition == e && q.Iso3 == d.Iso3 && q.Field == f && q.Flag.Excludes()))).ToList()
            : [];
        var name = survey.Country(d.Iso3).Name;
        // A residual below half a thousandth (rounding) would be a bar of no visible height: it is given in the subtitle instead.
        var drawResidual = Math.Abs(d.Residual) >= ResidualDrawn;
        string[] steps = drawResidual ? [$"EGDI {from}", "OSI / 3", "HCI / 3", "TII / 3", "Residual", $"EGDI {to}"] : [$"EGDI {from}", "OSI / 3", "HCI / 3", "TII / 3", $"EGDI {to}"];
        decimal[] values = drawResidual ? [d.EgdiFrom, d.OsiContribution, d.HciContribution, d.TiiContribution, d.Residual, d.EgdiTo]
            : [d.EgdiFrom, d.OsiContribution, d.HciContribution, d.TiiContribution, d.EgdiTo];
        var measures = values.Select((_, i) => i == 0 ? StyleParam.WaterfallMeasure.Absolute : i == values.Length - 1 ? StyleParam.WaterfallMeasure.Total : StyleParam.WaterfallMeasure.Relative).ToArray();
        var text = values.Select((v, i) => i == 0 || i == values.Length - 1 ? F(v) : (v >= 0 ? "+" : "") + F(v));
        var chart = Waterfall(steps, values.Select((v, i) => i == values.Length - 1 ? 0.0 : (double)v), measures, text, "EGDI change");
        // The steps are a few hundredths of the scale: an axis from 0 would draw them as slivers, so it spans the path only.
        var path = new List<double> { (double)d.EgdiFrom };
        foreach (var step in values.Skip(1).Take(values.Length - 2)) path.Add(path[^1] + (double)step);
        path.Add((double)d.EgdiTo);
        var pad = Math.Max(0.01, (path.Max() - path.Min()) * 0.25);
        var (low, high) = (Math.Max(0, Math.Floor((path.Min() - pad) * 100) / 100), Math.Min(1.0, Math.Ceiling((path.Max() + pad) * 100) / 100));
        var driver = d.MainDriver;
        var driverShare = d.EgdiChange == 0 ? 0 : (double)(Contribution(d, driver) / d.EgdiChange);
        var title = d.EgdiChange == 0
            ? $"{name}'s EGDI did not change from {from} to {to}"
            : $"{name}'s EGDI {(d.EgdiChange > 0 ? "rose" : "fell")} by {F(Math.Abs(d.EgdiChange), 3)} from {from} to {to}; " +
              (driverShare > 0.5 ? $"most of it came from the {ChartText.ShortName(driver)}" : $"the {ChartText.ShortName(driver)} contributed most");
        var residualNote = from is 2008 or 2010 || to is 2008 or 2010
            ? $"residual: rounding, and in {string.Join("/", EgdiConsistency.EditionsNotExactMean)} the published EGDI is not exactly the mean of its components"
            : "residual: rounding of the published values";
        return new ChartLayout(title,
                $"ΔEGDI = ΔOSI/3 + ΔHCI/3 + ΔTII/3 + residual ({residualNote}{(drawResidual ? "" : $"; here {(d.Residual >= 0 ? "+" : "")}{F(d.Residual)}, too small to draw")}); the y axis starts at {F(low, 2)}, not 0",
                "Step", "EGDI (index, 0-1)", [from, to])
            {
                XCategories = steps, YRange = (low, high),
                Note = used.Count == 0 ? null : "Drawn as published although flagged (data/quality-flags.csv): " + ExcludedValues.List(used) + ".",
            }
            .Apply(chart);
    }

    /// <summary>The smallest residual the waterfall draws as a bar (smaller ones are a line of no height at the chart's scale).</summary>
    internal const decimal ResidualDrawn = 0.0005m;

    private static decimal Contribution(EGov.Analysis.EgdiChangeDecomposition d, SurveyIndex index) => index switch
    {
        SurveyIndex.Osi => d.OsiContribution,
        SurveyIndex.Hci => d.HciContribution,
        SurveyIndex.Tii => d.TiiContribution,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "Not a component of the EGDI."),
    };

    /// <summary>1st, 2nd, 3rd, 4th, ..., 11th, 12th, 13th, 21st, ...</summary>
    internal static string Ordinal(int n) =>
        n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
