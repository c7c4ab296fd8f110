using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>The EGDI change decompositions of every country between two editions (<see cref="EgdiChanges.DecomposeAll"/>).</summary>
/// <param name="From">The earlier edition.</param>
/// <param name="To">The later edition.</param>
/// <param name="Flagged">Whether flagged values were left out.</param>
/// <param name="Countries">One decomposition per country with all four values in both editions and none left out, ISO3 order.</param>
/// <param name="Excluded">The flagged values left out, in the order of data/quality-flags.csv, with the reason.</param>
public sealed record EgdiChangeSet(int From, int To, FlaggedValues Flagged, IReadOnlyList<EgdiChangeDecomposition> Countries, IReadOnlyList<QualityFlag> Excluded)
{
    /// <summary>The decomposition of a country (ISO3), or <c>null</c> when it is not among <see cref="Countries"/>.</summary>
    public EgdiChangeDecomposition? For(string iso3) => Countries.FirstOrDefault(c => c.Iso3 == iso3);

    /// <summary><see cref="EgdiChangeDecomposition.ToFrame(IReadOnlyList{EgdiChangeDecomposition})"/> of <see cref="Countries"/>.</summary>
    public Frame<string, string> ToFrame() => EgdiChangeDecomposition.ToFrame(Countries);

    /// <summary><see cref="Excluded"/> as a frame (<see cref="ExcludedValues.ToFrame"/>).</summary>
    public Frame<int, string> ExcludedFrame() => ExcludedValues.ToFrame(Excluded);

    /// <summary><see cref="Excluded"/> for printed output, one line per field, flag and edition (<see cref="ExcludedValues.Report"/>).</summary>
    public string LeftOut => ExcludedValues.Report(Excluded);
}
