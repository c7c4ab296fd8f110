using EGov.Analysis;
using EGov.Data;
using Plotly.NET;
using static EGov.Charts.PlotlyFs;

namespace EGov.Charts;

public static partial class SurveyCharts
{
    /// <summary>
    /// The countries in special situations that the survey's chapters compare, least developed (LDC), landlocked developing
    /// (LLDC) and small island developing states (SIDS) of the UN's M49 list, against every other country in one edition:
    /// for each group two bars, the members' mean and the others' mean, each labelled with the mean and n, from
    /// <see cref="SurveyAnalysis.Disparities"/> with <see cref="Groupings.SpecialSituations"/>. The title names the group furthest below the
    /// others. The groups overlap (a country can be LDC and LLDC); the M49 file's date is in data/README.md.
    /// </summary>
    /// <exception cref="InvalidOperationException">The dataset has no M49 entries (imported without the M49 file).</exception>
    public static GenericChart SpecialSituations(Survey survey, SurveyIndex index, int edition)
    {
        Require(survey);
        var tables = Groupings.SpecialSituations.Select(g => (Grouping: g, Table: survey.Disparities(index, edition, g))).ToList();
        var keys = tables.Select(t => t.Grouping.Label().Replace(" (M49)", "", StringComparison.Ordinal).Replace(" developing ", " developing<br>", StringComparison.Ordinal)
            + $" ({t.Grouping.MembersName()})").ToList();
        GroupDisparity Members((Grouping Grouping, DisparityTable Table) t) => t.Table.Group(t.Grouping.MembersName());
        GroupDisparity Others((Grouping Grouping, DisparityTable Table) t) => t.Table.Group(t.Grouping.Others());
        var members = Column(keys, tables.Select(t => Members(t).Summary.Mean), "Members of the group", OkabeIto.Vermillion,
            tables.Select(t => $"{F(Members(t).Summary.Mean, 2)} (n={Members(t).Summary.Count})"), showLegend: true);
        var others = Column(keys, tables.Select(t => Others(t).Summary.Mean), "All other countries", OkabeIto.Grey,
            tables.Select(t => $"{F(Others(t).Summary.Mean, 2)} (n={Others(t).Summary.Count})"), showLegend: true);
        var name = ChartText.ShortName(index);
        var widest = tables.MaxBy(t => Others(t).Summary.Mean - Members(t).Summary.Mean);
        var gap = Others(widest).Summary.Mean - Members(widest).Summary.Mean;
        var title = gap > 0
            ? $"{widest.Grouping.MembersName()}s are furthest behind: mean {name} {F(Members(widest).Summary.Mean, 2)} against {F(Others(widest).Summary.Mean, 2)} for the other countries, {edition}"
            : $"Countries in special situations and the others: mean {name}, {edition}";
        return new ChartLayout(title,
                $"Mean {name} (0-1) of each group's members and of all other countries assessed; the groups overlap; UN M49 list (data/README.md)",
                "UN group of countries in a special situation", $"Mean {ChartText.AxisTitle(index)}", [edition])
            { XCategories = keys, YRange = (0, 1), ShowLegend = true }
            .Apply(Combine([members, others]));
    }
}
