using Deedle;
using EGov;
using EGov.Data;
namespace EGov.Benchmarks;
/// <summary>Checks that the current frame builder gives frames equal to the previous one (keys, order, types, values, missing values).</summary>
internal static class Verify
{
    public static int Run()
    {
        failures = 0;
        var ds = DatasetStore.ReadEmbedded();
        var byIso = ds.Countries.ToDictionary(c => c.Iso3, StringComparer.Ordinal);
        Compare("panel", PreviousSurveyFrames.Panel(ds.Records, byIso), SurveyFrames.Panel(ds.Records, byIso));
        Compare("edition", PreviousSurveyFrames.Panel(ds.Records.Where(r => r.Edition == 2020), byIso, r => r.Iso3), SurveyFrames.Panel(ds.Records.Where(r => r.Edition == 2020), byIso, r => r.Iso3));
        Compare("country", PreviousSurveyFrames.Panel(ds.Records.Where(r => r.Iso3 == "FRA"), byIso, r => r.Edition), SurveyFrames.Panel(ds.Records.Where(r => r.Iso3 == "FRA"), byIso, r => r.Edition));
        Compare("countries", PreviousSurveyFrames.Countries(ds.Countries), SurveyFrames.Countries(ds.Countries));
        Console.WriteLine(failures == 0 ? "VERIFY ok: the current builder gives the same frames as the previous one" : $"VERIFY FAILED: {failures} frames differ");
        return failures == 0 ? 0 : 1;
    }
    private static int failures;

    private static void Compare<K>(string what, Frame<K, string> a, Frame<K, string> b) where K : notnull
    {
        var same = a.RowKeys.SequenceEqual(b.RowKeys) && a.ColumnKeys.SequenceEqual(b.ColumnKeys)
            && a.ColumnTypes.SequenceEqual(b.ColumnTypes) && a.RowIndex.IsOrdered == b.RowIndex.IsOrdered
            && a.ColumnIndex.IsOrdered == b.ColumnIndex.IsOrdered;
        foreach (var c in a.ColumnKeys)
            same &= a.Columns[c].Vector.ObjectSequence.SequenceEqual(b.Columns[c].Vector.ObjectSequence);
        same &= a.Equals(b) && a.Format() == b.Format();
        if (!same) failures++;
        Console.WriteLine($"{what}: {(same ? "same" : "DIFFERENT")} rows={b.RowCount} columns={string.Join(",", b.ColumnKeys)} ordered={b.RowIndex.IsOrdered}");
    }
}
