using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>The ranking of one index in one edition, best first; countries not assessed are left out (see <see cref="Coverage"/>).</summary>
/// <param name="Index">The index ranked.</param>
/// <param name="Edition">The edition.</param>
/// <param name="Coverage">The edition and the number of countries ranked and left out.</param>
/// <param name="Ranks">One row per assessed country, best first (ties in ISO3 order).</param>
public sealed record RankingTable(SurveyIndex Index, int Edition, Coverage Coverage, IReadOnlyList<CountryRank> Ranks)
{
    /// <summary>The column names of <see cref="ToFrame()"/>.</summary>
    public static class Columns
    {
        /// <summary>The country's name.</summary>
        public const string Name = "Name";

        /// <summary>The value of the index.</summary>
        public const string Value = "Value";

        /// <summary>The competition rank (1, 2, 2, 4).</summary>
        public const string CompetitionRank = "CompetitionRank";

        /// <summary>The dense rank (1, 2, 2, 3).</summary>
        public const string DenseRank = "DenseRank";

        /// <summary>The EGDI rank the UN published.</summary>
        public const string PublishedEgdiRank = "PublishedEgdiRank";

        /// <summary>The level group of the value.</summary>
        public const string Level = "Level";
    }

    /// <summary>The row of a country (ISO3), or <c>null</c> when it was not assessed.</summary>
    public CountryRank? For(string iso3) => Ranks.FirstOrDefault(r => r.Iso3 == iso3);

    /// <summary>The ranking as a frame keyed by ISO3: Name, Value, CompetitionRank, DenseRank, PublishedEgdiRank, Level.</summary>
    public Frame<string, string> ToFrame() => ToFrame(Ranks);

    /// <summary>The rows of the given countries (ISO3 codes; those not assessed are left out), best first, as in <see cref="ToFrame()"/>.</summary>
    public Frame<string, string> ToFrame(IEnumerable<string> iso3s) => ToFrame(RanksOf(iso3s));

    /// <summary>The rows of the given countries (ISO3 codes; those not assessed are left out), best first.</summary>
    public IReadOnlyList<CountryRank> RanksOf(IEnumerable<string> iso3s)
    {
        ArgumentNullException.ThrowIfNull(iso3s);
        var wanted = iso3s.ToHashSet(StringComparer.Ordinal);
        return Ranks.Where(r => wanted.Contains(r.Iso3)).ToList();
    }

    /// <summary>
    /// The rows of the given countries (those not assessed are left out), best first, e.g. of one region:
    /// <c>ranking.RanksOf(survey.CountriesIn("Africa"))</c>.
    /// </summary>
    public IReadOnlyList<CountryRank> RanksOf(IEnumerable<Country> countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        return RanksOf(countries.Select(c => c.Iso3));
    }

    /// <summary>The countries whose value equals the given country's (itself included), best first; empty when it was not assessed.</summary>
    public IReadOnlyList<CountryRank> TiedWith(string iso3) =>
        For(iso3) is { } own ? Ranks.Where(r => r.Value == own.Value).ToList() : [];

    private static Frame<string, string> ToFrame(IReadOnlyList<CountryRank> rows) =>
        new TableBuilder<CountryRank, string>(rows, r => r.Iso3)
            .Text(Columns.Name, r => r.Name)
            .Number(Columns.Value, r => (double)r.Value)
            .Integer(Columns.CompetitionRank, r => r.CompetitionRank)
            .Integer(Columns.DenseRank, r => r.DenseRank)
            .Integer(Columns.PublishedEgdiRank, r => r.PublishedEgdiRank)
            .Text(Columns.Level, r => r.Level.Label())
            .Frame;
}
