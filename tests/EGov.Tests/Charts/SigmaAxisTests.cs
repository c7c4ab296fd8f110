using EGov.Analysis;
using EGov.Charts;
using EGov.Data;

namespace EGov.Tests.Charts;

/// <summary>
/// The sigma chart's y axis starts at 0 (issue 20: it started at 0.35, which made the 2014 peak look like a tripling) and
/// holds every value of the line, computed by <see cref="Convergence.Sigma"/> from the data.
/// </summary>
public class SigmaAxisTests
{
    private static readonly Survey Survey = Survey.Load();

    [Theory]
    [InlineData(SurveyIndex.Egdi)]
    [InlineData(SurveyIndex.Osi)]
    public void The_y_axis_starts_at_zero_and_holds_every_value(SurveyIndex index)
    {
        var figure = new Figure(SurveyCharts.SigmaConvergence(Survey, index));
        var range = figure.Layout.GetProperty("yaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble()).ToList();
        Assert.Equal(0, range[0]);
        var values = Survey.SigmaConvergence(index).Select(s => s.CoefficientOfVariation).ToList();
        Assert.True(range[1] > values.Max(), $"axis ends at {range[1]}, below the peak {values.Max()}");
        Assert.True(range[1] < 2 * values.Max(), $"axis ends at {range[1]}: the line would be squashed");
    }
}
