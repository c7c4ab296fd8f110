using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>How many countries of a scope (the world or a region) fall into one level group of an index in one edition.</summary>
/// <param name="Index">The index.</param>
/// <param name="Edition">The edition.</param>
/// <param name="Scope">"World" or the group name (e.g. a region).</param>
/// <param name="Level">The level group.</param>
/// <param name="Count">Countries in the group.</param>
/// <param name="Total">Countries of the scope with a value in the edition (the denominator).</param>
/// <param name="Share">Count / Total (a fraction; the tables show it in percent).</param>
public sealed record LevelShare(SurveyIndex Index, int Edition, string Scope, LevelGroup Level, int Count, int Total, double Share)
{
    /// <summary>The column names of <see cref="ResultFrames.ToFrame(IEnumerable{LevelShare})"/>.</summary>
    public static class Columns
    {
        /// <summary>The number of countries assessed in the scope.</summary>
        public const string Total = "Total";

        /// <summary>The column with the number of countries in a level group (its label, e.g. "Very high").</summary>
        public static string CountOf(LevelGroup level) => level.Label();

        /// <summary>The column with the share of countries in a level group, in percent (e.g. "Very high %").</summary>
        public static string ShareOf(LevelGroup level) => level.Label() + " %";
    }

    /// <summary>The flagged values of this edition and scope left out (<see cref="FlaggedValues"/>), in the order of data/quality-flags.csv.</summary>
    public IReadOnlyList<QualityFlag> Excluded { get; init; } = [];

    /// <summary>
    /// A frame with one row per (edition, scope) and the columns Total, then the count and the share in percent ("Very high %")
    /// of each level, highest first. The shares keep full precision; tables show one decimal.
    /// </summary>
    internal static Frame<Tuple<int, string>, string> ToFrame(IReadOnlyList<LevelShare> shares)
    {
        var rows = shares.GroupBy(s => (s.Edition, s.Scope)).Select(g => g.ToList()).ToList();
        var builder = new TableBuilder<List<LevelShare>, Tuple<int, string>>(rows, g => Tuple.Create(g[0].Edition, g[0].Scope))
            .Integer(Columns.Total, g => g[0].Total);
        foreach (var level in Enum.GetValues<LevelGroup>().Reverse())
        {
            builder.Integer(Columns.CountOf(level), g => g.First(s => s.Level == level).Count);
            builder.Number(Columns.ShareOf(level), g => 100 * g.First(s => s.Level == level).Share);
        }
        return builder.Frame;
    }
}
