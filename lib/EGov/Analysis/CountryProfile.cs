using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>A country across every edition: values, ranks, level group, regional comparison and sub-region peers.</summary>
/// <param name="Country">The countries-table row (ISO3, name, region, sub-region, income group, development status).</param>
/// <param name="Coverage">The editions in which the country was assessed; Countries = 1; Excluded = editions where it was not.</param>
/// <param name="Editions">One row per edition of the data, oldest first (values <c>null</c> where not assessed).</param>
/// <param name="SubRegionPeers">The other members of the sub-region, ISO3 order.</param>
public sealed record CountryProfile(Country Country, Coverage Coverage, IReadOnlyList<ProfileEdition> Editions, IReadOnlyList<Country> SubRegionPeers)
{
    /// <summary>The row of one edition.</summary>
    /// <exception cref="KeyNotFoundException">The edition is not in the data.</exception>
    public ProfileEdition Edition(int edition) =>
        Editions.FirstOrDefault(e => e.Edition == edition) ?? throw new KeyNotFoundException($"No edition {edition}.");

    /// <summary>
    /// A frame keyed by edition: EGDI, OSI, HCI, TII, EPI, PublishedRank, CompetitionRank, DenseRank, Level, RegionMean,
    /// SubRegionMean, WorldMean.
    /// </summary>
    public Frame<int, string> ToFrame() =>
        new TableBuilder<ProfileEdition, int>(Editions, e => e.Edition)
            .Number("EGDI", e => (double?)e.Egdi)
            .Number("OSI", e => (double?)e.Osi)
            .Number("HCI", e => (double?)e.Hci)
            .Number("TII", e => (double?)e.Tii)
            .Number("EPI", e => (double?)e.Epi)
            .Integer("PublishedRank", e => e.PublishedEgdiRank)
            .Integer("CompetitionRank", e => e.CompetitionRank)
            .Integer("DenseRank", e => e.DenseRank)
            .Text("Level", e => e.Level?.Label())
            .Number("RegionMean", e => e.RegionMean)
            .Number("SubRegionMean", e => e.SubRegionMean)
            .Number("WorldMean", e => e.WorldMean)
            .Frame;
}
