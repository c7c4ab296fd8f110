using Deedle;

namespace EGov.Analysis;

/// <summary>Builds a typed Deedle frame from a list of result records, one column at a time (missing values stay missing).</summary>
internal sealed class TableBuilder<TRow, TKey>
    where TKey : notnull
{
    private readonly IReadOnlyList<TRow> rows;
    private readonly TKey[] keys;
    private readonly FrameBuilder.Columns<TKey, string> columns = new();

    public TableBuilder(IReadOnlyList<TRow> rows, Func<TRow, TKey> key)
    {
        this.rows = rows;
        keys = rows.Select(key).ToArray();
    }

    public TableBuilder<TRow, TKey> Text(string name, Func<TRow, string?> value)
    {
        var present = Enumerable.Range(0, rows.Count).Where(i => value(rows[i]) is not null).ToArray();
        columns.Add(name, new Series<TKey, string>(present.Select(i => keys[i]), present.Select(i => value(rows[i])!)));
        return this;
    }

    public TableBuilder<TRow, TKey> Number(string name, Func<TRow, double?> value)
    {
        columns.Add(name, new Series<TKey, double>(keys, rows.Select(r => value(r) ?? double.NaN)));
        return this;
    }

    public TableBuilder<TRow, TKey> Integer(string name, Func<TRow, int?> value)
    {
        var present = Enumerable.Range(0, rows.Count).Where(i => value(rows[i]) is not null).ToArray();
        columns.Add(name, new Series<TKey, int>(present.Select(i => keys[i]), present.Select(i => value(rows[i])!.Value)));
        return this;
    }

    public Frame<TKey, string> Frame => columns.Frame;
}
