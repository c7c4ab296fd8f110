using EGov.Analysis;
using EGov.Data;
using Plotly.NET;
using static EGov.Charts.PlotlyFs;

namespace EGov.Charts;

/// <summary>
/// The charts of the notebooks, one call each, for example <c>SurveyCharts.IndexByRegionBox(survey, SurveyIndex.Egdi, 2020)</c>. Every chart has a
/// title stating the edition(s), labelled axes with units, the source line at the bottom and the palettes of
/// <see cref="RegionColors"/>, <see cref="LevelColors"/> and <see cref="IndexColors"/>. All numbers come from
/// <see cref="EGov.Analysis"/> (or the survey's records); nothing is recomputed here except plotly's own box-plot quartiles.
/// Countries not assessed in an edition are left out, never drawn as 0. Charts across editions also leave out published values
/// flagged as not measurements (<see cref="FlaggedValues"/>; a parameter keeps them) and name them in the note under the chart.
/// Arguments come in the order of the analyses (<see cref="SurveyAnalysis"/>): the survey, the country or countries, the index,
/// the edition (or editions, or from and to), then options; the country to bring forward is always <c>focus</c>.
/// </summary>
public static partial class SurveyCharts
{
    private static Dictionary<string, Country> CountriesOf(Survey survey) => survey.Countries.ToDictionary(c => c.Iso3, StringComparer.Ordinal);

    private static string F(double value, int decimals = 3) => value.ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture);

    private static string F(decimal value, int decimals = 4) => ((double)value).ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture);

    private static GenericChart Combine(IEnumerable<GenericChart> charts) => Chart.combine(charts.ToList());

    private static void Require(Survey survey) => ArgumentNullException.ThrowIfNull(survey);
}
