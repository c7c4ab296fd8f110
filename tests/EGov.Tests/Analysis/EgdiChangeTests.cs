using EGov.Analysis;
using static EGov.Tests.Analysis.ToyData;

namespace EGov.Tests.Analysis;

public class EgdiChangeTests
{
    [Fact]
    public void Contributions_and_residual_sum_to_the_change()
    {
        // Hand-worked: ΔOSI 0.3, ΔHCI 0.03, ΔTII 0.27 -> contributions 0.1, 0.01, 0.09; ΔEGDI 0.2001 -> residual 0.0001.
        var d = EgdiChanges.Decompose(Record(2018, "AAA", 0.5000m, 0.5m, 0.5m, 0.5m), Record(2020, "AAA", 0.7001m, 0.8m, 0.53m, 0.77m));
        Assert.Equal(0.2001m, d.EgdiChange);
        Assert.Equal(0.1m, d.OsiContribution);
        Assert.Equal(0.01m, d.HciContribution);
        Assert.Equal(0.09m, d.TiiContribution);
        Assert.Equal(0.0001m, d.Residual);
        Assert.Equal(d.EgdiChange, d.OsiContribution + d.HciContribution + d.TiiContribution + d.Residual);
    }

    [Fact]
    public void Different_countries_or_missing_components_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => EgdiChanges.Decompose(Record(2018, "AAA", 0.5m, 0.5m, 0.5m, 0.5m), Record(2020, "BBB", 0.5m, 0.5m, 0.5m, 0.5m)));
        Assert.Throws<ArgumentException>(() => EgdiChanges.Decompose(Record(2018, "AAA", 0.5m, null, 0.5m, 0.5m), Record(2020, "AAA", 0.5m, 0.5m, 0.5m, 0.5m)));
    }

    [Fact]
    public void China_2018_to_2020_is_driven_by_telecommunication_infrastructure()
    {
        var d = EgdiChanges.Decompose(Survey.Load().Dataset, "CHN", 2018, 2020);
        // data/egdi.csv CHN: EGDI 0.6811 -> 0.7948, OSI 0.8611 -> 0.9059, HCI 0.7088 -> 0.7396, TII 0.4735 -> 0.7388.
        Assert.Equal(0.1137m, d.EgdiChange);
        Assert.Equal((0.7388m - 0.4735m) / 3, d.TiiContribution);
        Assert.True(d.TiiContribution > d.OsiContribution && d.OsiContribution > d.HciContribution);
        Assert.InRange(Math.Abs(d.Residual), 0m, 0.0001m);
    }

    [Fact]
    public void All_2018_to_2020_residuals_are_rounding_only()
    {
        var all = EgdiChanges.DecomposeAll(Survey.Load().Dataset, 2018, 2020);
        Assert.Equal(193, all.Countries.Count);
        Assert.Empty(all.Excluded); // data/quality-flags.csv flags no EGDI, OSI, HCI or TII of 2018 or 2020 that leaves it out
        // Each EGDI is rounded to 4 decimals (error <= 0.00005 per edition, see EgdiConsistency), so |residual| <= 0.0001.
        Assert.All(all.Countries, d => Assert.InRange(Math.Abs(d.Residual), 0m, 0.0001m));
        Assert.Equal(193, all.ToFrame().RowCount);
    }
}
