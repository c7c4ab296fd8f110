using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>Rank changes of one index between two editions for the countries ranked in both.</summary>
/// <param name="Index">The index.</param>
/// <param name="Method">The rank method, or <c>null</c> for the UN's published EGDI rank.</param>
/// <param name="From">The earlier edition.</param>
/// <param name="To">The later edition.</param>
/// <param name="Coverage">Both editions; the countries ranked in both; the member states left out (not ranked in both, or flagged).</param>
/// <param name="Changes">One row per country, biggest gain first.</param>
public sealed record RankChangeTable(SurveyIndex Index, RankMethod? Method, int From, int To, Coverage Coverage, IReadOnlyList<RankChange> Changes)
{
    /// <summary>The column names of <see cref="ToFrame()"/>.</summary>
    public static class Columns
    {
        /// <summary>The country's name.</summary>
        public const string Name = "Name";

        /// <summary>The rank in the first edition.</summary>
        public const string FromRank = "FromRank";

        /// <summary>The rank in the second edition.</summary>
        public const string ToRank = "ToRank";

        /// <summary>Places gained (positive) or lost.</summary>
        public const string Change = "Change";
    }

    /// <summary>Whether flagged values were left out (<see cref="FlaggedValues"/>).</summary>
    public FlaggedValues Flagged { get; init; }

    /// <summary>The flagged ranks (published) or values (recomputed) left out, in the order of data/quality-flags.csv, with the reason.</summary>
    public IReadOnlyList<QualityFlag> Excluded { get; init; } = [];

    /// <summary><see cref="Excluded"/> as a frame (<see cref="ExcludedValues.ToFrame"/>).</summary>
    public Frame<int, string> ExcludedFrame() => ExcludedValues.ToFrame(Excluded);

    /// <summary><see cref="Excluded"/> for printed output, one line per field, flag and edition (<see cref="ExcludedValues.Report"/>).</summary>
    public string LeftOut => ExcludedValues.Report(Excluded);

    /// <summary>The change of a country (ISO3), or <c>null</c> when it was not ranked in both editions.</summary>
    public RankChange? For(string iso3) => Changes.FirstOrDefault(c => c.Iso3 == iso3);

    /// <summary>The changes as a frame keyed by ISO3: Name, FromRank, ToRank, Change.</summary>
    public Frame<string, string> ToFrame() =>
        new TableBuilder<RankChange, string>(Changes, c => c.Iso3)
            .Text(Columns.Name, c => c.Name)
            .Integer(Columns.FromRank, c => c.FromRank)
            .Integer(Columns.ToRank, c => c.ToRank)
            .Integer(Columns.Change, c => c.Change)
            .Frame;
}
