using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>The EGDI change decompositions of every country between two editions (<see cref="SurveyAnalysis.EgdiChanges"/>).</summary>
/// <param name="From">The earlier edition.</param>
/// <param name="To">The later edition.</param>
/// <param name="Flagged">Whether flagged values were left out.</param>
/// <param name="Countries">One decomposition per country with all four values in both editions and none left out, ISO3 order.</param>
/// <param name="Excluded">The flagged values left out, in the order of data/quality-flags.csv, with the reason.</param>
public sealed record EgdiChangeTable(int From, int To, FlaggedValues Flagged, IReadOnlyList<EgdiChangeDecomposition> Countries, IReadOnlyList<QualityFlag> Excluded)
{
    /// <summary>The decomposition of a country (ISO3), or <c>null</c> when it is not among <see cref="Countries"/>.</summary>
    public EgdiChangeDecomposition? For(string iso3) => Countries.FirstOrDefault(c => c.Iso3 == iso3);

    /// <summary>
    /// The decomposition of the mean over <see cref="Countries"/> (Iso3 "World"): the mean EGDI change of the same countries
    /// split into a third of each component's mean change, plus the mean residual. It says how much of a world-wide rise
    /// each component carries.
    /// </summary>
    /// <exception cref="InvalidOperationException">No country has all four values in both editions.</exception>
    public EgdiChangeDecomposition Mean => Countries.Count == 0 ? throw new InvalidOperationException($"No country to average for {From}-{To}.")
        : new EgdiChangeDecomposition("World", From, To, Countries.Average(c => c.EgdiFrom), Countries.Average(c => c.EgdiTo), Countries.Average(c => c.EgdiChange),
            Countries.Average(c => c.OsiContribution), Countries.Average(c => c.HciContribution), Countries.Average(c => c.TiiContribution), Countries.Average(c => c.Residual));

    /// <summary>The median over <see cref="Countries"/> of a component's change (OSI, HCI or TII: three times its contribution) or of the EGDI's.</summary>
    /// <exception cref="ArgumentException">The index is the EPI.</exception>
    /// <exception cref="InvalidOperationException">No country has all four values in both editions.</exception>
    public double MedianChange(SurveyIndex index)
    {
        Func<EgdiChangeDecomposition, decimal> change = index switch
        {
            SurveyIndex.Egdi => c => c.EgdiChange,
            SurveyIndex.Osi => c => 3 * c.OsiContribution,
            SurveyIndex.Hci => c => 3 * c.HciContribution,
            SurveyIndex.Tii => c => 3 * c.TiiContribution,
            _ => throw new ArgumentException($"{index} is not the EGDI or one of its components.", nameof(index)),
        };
        if (Countries.Count == 0) throw new InvalidOperationException($"No country for {From}-{To}.");
        return Descriptive.Quantile(Countries.Select(c => (double)change(c)).ToList(), 0.5);
    }

    /// <summary><see cref="EgdiChangeDecomposition.ToFrame(IReadOnlyList{EgdiChangeDecomposition})"/> of <see cref="Countries"/>.</summary>
    public Frame<string, string> ToFrame() => EgdiChangeDecomposition.ToFrame(Countries);

    /// <summary><see cref="Excluded"/> as a frame (<see cref="ExcludedValues.ToFrame"/>).</summary>
    public Frame<int, string> ExcludedFrame() => ExcludedValues.ToFrame(Excluded);

    /// <summary><see cref="Excluded"/> for printed output, one line per field, flag and edition (<see cref="ExcludedValues.Report"/>).</summary>
    public string LeftOut => ExcludedValues.Report(Excluded);
}
