namespace EGov.Data;

/// <summary>
/// The rule that turns the UN exports' "not assessed" placeholders into missing values (data/README.md, "Not assessed").
/// The UN used placeholders only in the editions 2003-2012: a country that was not assessed has EGDI 0 (or blank), the
/// edition's shared last rank (or none), and no value for the component whose absence kept it out: OSI (2003-2005, 2012)
/// or HCI (2008, 2010). Only a row that says all of this is taken as not assessed (<see cref="Holds"/>); any other EGDI of
/// 0 is an ordinary value, held to the same checks as every other (mean of the components, rank order), so an assessed
/// country's EGDI can never silently vanish. In a not-assessed row, EGDI and rank become missing and so does every index
/// that is 0; non-zero indices are kept (they are real values from other sources, e.g. an HCI from UNESCO data).
/// </summary>
public static class NotAssessedRule
{
    /// <summary>The editions in which the UN marked countries that were not assessed with EGDI 0.</summary>
    public static readonly IReadOnlySet<int> Editions = new HashSet<int>([2003, 2004, 2005, 2008, 2010, 2012]);

    /// <summary>
    /// True when a row says "not assessed" as a whole: an edition of <see cref="Editions"/>, EGDI 0 or blank, the rank blank or
    /// <paramref name="sharedLastRank"/> (the place after the last assessed country of its file), and OSI or HCI 0 or blank.
    /// </summary>
    public static bool Holds(int edition, decimal? egdi, decimal? osi, decimal? hci, int? rank, int sharedLastRank) =>
        Editions.Contains(edition)
        && (egdi is null || egdi == 0m)
        && (rank is null || rank == sharedLastRank)
        && (osi is null || osi == 0m || hci is null || hci == 0m);

    /// <summary>Turns the placeholders of a row that <see cref="Holds"/> into missing values.</summary>
    public static EditionRecord Apply(EditionRecord record) => record with
    {
        Egdi = null,
        EgdiRank = null,
        Osi = ZeroAsMissing(record.Osi),
        Hci = ZeroAsMissing(record.Hci),
        Tii = ZeroAsMissing(record.Tii),
        Epi = ZeroAsMissing(record.Epi),
    };

    private static decimal? ZeroAsMissing(decimal? value) => value == 0m ? null : value;
}
