namespace EGov.Analysis;

/// <summary>How tied values are ranked. Ranks are descending: the highest value is 1.</summary>
public enum RankMethod
{
    /// <summary>Standard competition ranking (1, 2, 2, 4): tied values share a place and the following places are skipped. The UN ranks EGDI this way.</summary>
    Competition,
    /// <summary>Dense ranking (1, 2, 2, 3): the rank of a value among the distinct values; tied values share a place and none is skipped.</summary>
    Dense,
}
