using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>The ranking of one index in one edition, best first; countries not assessed are left out (see <see cref="Coverage"/>).</summary>
/// <param name="Index">The index ranked.</param>
/// <param name="Edition">The edition.</param>
/// <param name="Coverage">The edition and the number of countries ranked and left out.</param>
/// <param name="Ranks">One row per assessed country, best first (ties in ISO3 order).</param>
public sealed record IndexRanking(SurveyIndex Index, int Edition, Coverage Coverage, IReadOnlyList<CountryRank> Ranks)
{
    /// <summary>The row of a country (ISO3), or <c>null</c> when it was not assessed.</summary>
    public CountryRank? For(string iso3) => Ranks.FirstOrDefault(r => r.Iso3 == iso3);

    /// <summary>The ranking as a frame keyed by ISO3: Name, Value, CompetitionRank, DenseRank, PublishedEgdiRank, Level.</summary>
    public Frame<string, string> ToFrame() =>
        new TableBuilder<CountryRank, string>(Ranks, r => r.Iso3)
            .Text("Name", r => r.Name)
            .Number("Value", r => (double)r.Value)
            .Integer("CompetitionRank", r => r.CompetitionRank)
            .Integer("DenseRank", r => r.DenseRank)
            .Integer("PublishedEgdiRank", r => r.PublishedEgdiRank)
            .Text("Level", r => r.Level.Label())
            .Frame;
}
