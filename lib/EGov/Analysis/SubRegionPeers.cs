using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>
/// The peers a country is compared with: the other members of its sub-region whose EGDI in one edition (by default the
/// latest) is closest to the country's, nearest first (ties in ISO3 order). The rule is stated by <see cref="Rule"/>.
/// </summary>
/// <param name="Country">The country.</param>
/// <param name="Edition">The edition whose EGDI decides the distance.</param>
/// <param name="Egdi">The country's EGDI in that edition.</param>
/// <param name="PublishedRank">The country's published EGDI rank in that edition.</param>
/// <param name="Peers">The peers, nearest first.</param>
/// <param name="SubRegionSize">Members of the sub-region assessed in the edition, the country included.</param>
public sealed record SubRegionPeers(Country Country, int Edition, decimal Egdi, int? PublishedRank, IReadOnlyList<Peer> Peers, int SubRegionSize)
{
    /// <summary>The column names of <see cref="ToFrame()"/>, besides the index columns of <see cref="SurveyColumns"/>.</summary>
    public static class Columns
    {
        /// <summary>The country's name.</summary>
        public const string Name = "Name";

        /// <summary>The peer's EGDI minus the country's.</summary>
        public const string Difference = "Difference";

        /// <summary>The EGDI rank the UN published.</summary>
        public const string PublishedRank = "Published rank";
    }

    /// <summary>The ISO3 codes of the country and its peers, the country first.</summary>
    public IReadOnlyList<string> Iso3WithCountry => [Country.Iso3, .. Peers.Select(p => p.Country.Iso3)];

    /// <summary>The rule in words, e.g. "the 4 other countries of Eastern Asia, ordered by how close their 2024 EGDI is to China's".</summary>
    public string Rule => Peers.Count == SubRegionSize - 1
        ? $"all {Peers.Count} other {(Peers.Count == 1 ? "country" : "countries")} of {Country.SubRegion}, ordered by how close their {Edition} EGDI is to {Country.Name}'s"
        : $"the {Peers.Count} of the {SubRegionSize - 1} other countries of {Country.SubRegion} whose {Edition} EGDI is closest to {Country.Name}'s";

    /// <summary>The country and its peers keyed by ISO3: Name, EGDI, "Difference" (peer - country) and the published rank.</summary>
    public Frame<string, string> ToFrame()
    {
        var rows = Peers.Prepend(new Peer(Country, Egdi, 0m, PublishedRank)).ToList();
        return new TableBuilder<Peer, string>(rows, p => p.Country.Iso3)
            .Text(Columns.Name, p => p.Country.Name)
            .Number(SurveyColumns.Egdi, p => (double)p.Egdi)
            .Number(Columns.Difference, p => (double)p.Difference)
            .Integer(Columns.PublishedRank, p => p.PublishedRank)
            .Frame;
    }
}

/// <summary>One peer of a country.</summary>
/// <param name="Country">The peer.</param>
/// <param name="Egdi">Its EGDI in the edition compared.</param>
/// <param name="Difference">Its EGDI minus the country's.</param>
/// <param name="PublishedRank">Its published EGDI rank in that edition.</param>
public sealed record Peer(Country Country, decimal Egdi, decimal Difference, int? PublishedRank);
