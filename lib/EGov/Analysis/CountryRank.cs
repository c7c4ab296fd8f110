using EGov.Data;

namespace EGov.Analysis;

/// <summary>One country's place in the ranking of one index in one edition.</summary>
/// <param name="Edition">The survey edition.</param>
/// <param name="Iso3">ISO3 code.</param>
/// <param name="Name">The country name as published in that edition.</param>
/// <param name="Value">The index value as published.</param>
/// <param name="CompetitionRank">Competition rank (1, 2, 2, 4) among the assessed countries.</param>
/// <param name="DenseRank">Dense rank (1, 2, 2, 3): the place of the value among the distinct values.</param>
/// <param name="PublishedEgdiRank">The UN's published EGDI rank of the country in that edition (whatever index is ranked here).</param>
/// <param name="Level">The level group of the value (very high &gt;= 0.75, high &gt;= 0.5, middle &gt;= 0.25, low).</param>
public sealed record CountryRank(
    int Edition,
    string Iso3,
    string Name,
    decimal Value,
    int CompetitionRank,
    int DenseRank,
    int? PublishedEgdiRank,
    LevelGroup Level)
{
    /// <summary>The rank by the given method.</summary>
    public int Rank(RankMethod method) => method == RankMethod.Competition ? CompetitionRank : DenseRank;
}
