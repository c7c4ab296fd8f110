using Deedle;

namespace EGov.Analysis;

/// <summary>A country whose published EGDI rank differs from the competition rank recomputed from the published EGDI.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Iso3">ISO3 code.</param>
/// <param name="Egdi">The published EGDI.</param>
/// <param name="PublishedRank">The UN's rank (<c>null</c> if none was published).</param>
/// <param name="RecomputedRank">The competition rank of the published EGDI (<c>null</c> if not assessed).</param>
/// <param name="TiedWith">ISO3 codes of other countries with exactly the same published EGDI.</param>
public sealed record RankMismatch(int Edition, string Iso3, decimal? Egdi, int? PublishedRank, int? RecomputedRank, IReadOnlyList<string> TiedWith);

/// <summary>How well the competition rank of the published EGDI reproduces the published EGDI rank in one edition.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Coverage">The edition and the countries compared (those with an EGDI or a published rank).</param>
/// <param name="TiedGroups">Number of groups of two or more countries with exactly the same published EGDI.</param>
/// <param name="Mismatches">Every country whose ranks differ.</param>
public sealed record PublishedRankCheck(int Edition, Coverage Coverage, int TiedGroups, IReadOnlyList<RankMismatch> Mismatches)
{
    /// <summary>The column names of <see cref="ResultFrames.ToFrame(IEnumerable{PublishedRankCheck})"/>.</summary>
    public static class Columns
    {
        /// <summary>The number of countries compared.</summary>
        public const string Countries = "Countries";

        /// <summary>The number of groups of countries with the same published EGDI.</summary>
        public const string TiedGroups = "TiedGroups";

        /// <summary>The number of published ranks that differ from the recomputed ones.</summary>
        public const string Mismatches = "Mismatches";

        /// <summary>The mismatching ISO3 codes with their published and recomputed ranks.</summary>
        public const string Mismatching = "Mismatching";
    }

    /// <summary>True when every published rank is reproduced.</summary>
    public bool AllReproduced => Mismatches.Count == 0;

    /// <summary>One row per edition: Countries, TiedGroups, Mismatches, and the mismatching ISO3 codes.</summary>
    internal static Frame<int, string> ToFrame(IReadOnlyList<PublishedRankCheck> checks) =>
        new TableBuilder<PublishedRankCheck, int>(checks, c => c.Edition)
            .Integer(Columns.Countries, c => c.Coverage.Countries)
            .Integer(Columns.TiedGroups, c => c.TiedGroups)
            .Integer(Columns.Mismatches, c => c.Mismatches.Count)
            .Text(Columns.Mismatching, c => string.Join(" ", c.Mismatches.Select(m => $"{m.Iso3}({m.PublishedRank}≠{m.RecomputedRank})")))
            .Frame;
}
