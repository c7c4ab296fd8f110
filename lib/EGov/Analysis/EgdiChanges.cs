using EGov.Data;

namespace EGov.Analysis;

/// <summary>Decomposition of EGDI changes between editions into OSI, HCI and TII contributions.</summary>
internal static class EgdiChanges
{
    /// <summary>Decomposes the change between two records of the same country (exact decimal arithmetic).</summary>
    /// <exception cref="ArgumentException">The records are of different countries, or one lacks EGDI, OSI, HCI or TII.</exception>
    public static EgdiChangeDecomposition Decompose(EditionRecord from, EditionRecord to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Iso3 != to.Iso3) throw new ArgumentException($"Different countries: {from.Iso3} and {to.Iso3}.", nameof(to));
        if (from is not { Egdi: { } e0, Osi: { } o0, Hci: { } h0, Tii: { } t0 })
            throw new ArgumentException($"{from.Iso3} {from.Edition} lacks EGDI, OSI, HCI or TII.", nameof(from));
        if (to is not { Egdi: { } e1, Osi: { } o1, Hci: { } h1, Tii: { } t1 })
            throw new ArgumentException($"{to.Iso3} {to.Edition} lacks EGDI, OSI, HCI or TII.", nameof(to));
        var osi = (o1 - o0) / 3m;
        var hci = (h1 - h0) / 3m;
        var tii = (t1 - t0) / 3m;
        var change = e1 - e0;
        return new EgdiChangeDecomposition(from.Iso3, from.Edition, to.Edition, e0, e1, change, osi, hci, tii, change - osi - hci - tii);
    }

    /// <summary>Computes <see cref="SurveyAnalysis.EgdiChange"/>, where it is documented.</summary>
    public static EgdiChangeDecomposition Decompose(SurveyDataset dataset, string iso3, int from, int to, FlaggedValues flagged = FlaggedValues.Exclude)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var a = RankingAnalysis.EditionRecords(dataset, from).FirstOrDefault(r => r.Iso3 == iso3) ?? throw new ArgumentException($"No {iso3} in {from}.", nameof(iso3));
        var b = RankingAnalysis.EditionRecords(dataset, to).FirstOrDefault(r => r.Iso3 == iso3) ?? throw new ArgumentException($"No {iso3} in {to}.", nameof(iso3));
        var filter = new FlagFilter(dataset, flagged);
        if (!Keep(filter, a, b))
            throw new ArgumentException($"{iso3} {from}-{to}: {ExcludedValues.Describe(filter.Excluded)} " +
                "Pass FlaggedValues.Include to decompose the published values anyway.", nameof(iso3));
        return Decompose(a, b);
    }

    /// <summary>Computes <see cref="SurveyAnalysis.EgdiChanges"/>, where it is documented.</summary>
    public static EgdiChangeTable DecomposeAll(SurveyDataset dataset, int from, int to, FlaggedValues flagged = FlaggedValues.Exclude)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var filter = new FlagFilter(dataset, flagged);
        var before = RankingAnalysis.EditionRecords(dataset, from).ToDictionary(r => r.Iso3);
        var rows = RankingAnalysis.EditionRecords(dataset, to)
            .Where(r => r.Egdi is not null && r.Osi is not null && r.Hci is not null && r.Tii is not null)
            .Where(r => before.TryGetValue(r.Iso3, out var b) && b.Egdi is not null && b.Osi is not null && b.Hci is not null && b.Tii is not null)
            .OrderBy(r => r.Iso3, StringComparer.Ordinal)
            .Where(r => Keep(filter, before[r.Iso3], r))
            .Select(r => Decompose(before[r.Iso3], r))
            .ToList();
        return new EgdiChangeTable(from, to, flagged, rows, filter.Excluded);
    }

    private static readonly SurveyIndex[] Parts = [SurveyIndex.Egdi, SurveyIndex.Osi, SurveyIndex.Hci, SurveyIndex.Tii];

    /// <summary>True when no value of either record is left out; every value is checked, so every flag left out is recorded.</summary>
    private static bool Keep(FlagFilter filter, EditionRecord from, EditionRecord to)
    {
        var keep = true;
        foreach (var record in new[] { from, to })
            foreach (var index in Parts)
                keep &= filter.Keep(record, index);
        return keep;
    }
}
