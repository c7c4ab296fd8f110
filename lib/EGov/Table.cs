using Deedle;

namespace EGov;

/// <summary>
/// Small tables made in a cell, one row per object: <c>Table.Of(new { Countries = 193, Editions = 12 })</c> for one row,
/// <c>Table.Of(survey.Editions.Select(e =&gt; new { Edition = e, ... }))</c> for many. Each property is a column, in the order
/// written; rows are keyed 0, 1, 2, ... The library's own results have <c>ToFrame()</c> instead (<see cref="ResultFrames"/>).
/// </summary>
public static class Table
{
    /// <summary>A frame with one row per item and one column per public property of <typeparamref name="T"/>.</summary>
    public static Frame<int, string> Of<T>(params IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Frame.FromRecords(rows);
    }
}
