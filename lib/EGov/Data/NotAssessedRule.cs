namespace EGov.Data;

/// <summary>
/// The rule that turns the UN exports' placeholders into missing values (data/README.md, "Not assessed").
/// In editions 2003-2012 a country that was not assessed has EGDI 0 (and often a shared last rank, or a blank one);
/// its zero components are placeholders too, while its non-zero components (for example an HCI from UNESCO data)
/// are real values. So: when EGDI is 0 or blank, EGDI and rank become missing and so does every index that is 0;
/// non-zero indices are kept. In an assessed row (EGDI &gt; 0) every published value is kept, zeros included, because the
/// published EGDI is the mean of exactly those values.
/// </summary>
public static class NotAssessedRule
{
    /// <summary>Applies the rule to one record.</summary>
    public static EditionRecord Apply(EditionRecord record)
    {
        if (record.Egdi is { } egdi && egdi != 0m) return record;
        return record with
        {
            Egdi = null,
            EgdiRank = null,
            Osi = ZeroAsMissing(record.Osi),
            Hci = ZeroAsMissing(record.Hci),
            Tii = ZeroAsMissing(record.Tii),
            Epi = ZeroAsMissing(record.Epi),
        };
    }

    private static decimal? ZeroAsMissing(decimal? value) => value == 0m ? null : value;
}
