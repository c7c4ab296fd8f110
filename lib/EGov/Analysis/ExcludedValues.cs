using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>
/// Shows the flagged values an analysis left out (its <c>Excluded</c> list, <see cref="FlaggedValues"/>): as a frame with the
/// columns of <see cref="Survey.QualityFlagsFrame"/>, or as one sentence for printed output and chart notes.
/// </summary>
internal static class ExcludedValues
{
    /// <summary>The flags as a frame with a row number key and the columns edition, iso3, field, flag (its code) and reason.</summary>
    internal static Frame<int, string> ToFrame(IEnumerable<QualityFlag> excluded)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        return SurveyFrames.QualityFlags(excluded.ToList());
    }

    /// <summary>
    /// One sentence naming every value left out, grouped by field and flag, editions oldest first, e.g. "Left out as flagged
    /// (data/quality-flags.csv): HCI 2003 of AND, LIE, MCO (no data, published as 0); EGDI 2003 of AND, LIE, MCO (computed
    /// from a flagged component)." With nothing left out: "No flagged value left out."
    /// </summary>
    public static string Describe(IEnumerable<QualityFlag> excluded)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        var flags = excluded.ToList();
        return flags.Count == 0 ? "No flagged value left out." : "Left out as flagged (data/quality-flags.csv): " + List(flags) + ".";
    }

    /// <summary>
    /// The same as <see cref="Describe"/> for printed output, one line per field, flag and edition under a heading, e.g.
    /// "Left out as flagged (data/quality-flags.csv):\n- EGDI 2003 of AND, FSM, LIE (computed from a flagged component)\n- EGDI 2004 of ...".
    /// With nothing left out: "No flagged value left out."
    /// </summary>
    public static string Report(IEnumerable<QualityFlag> excluded)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        var flags = excluded.Distinct().ToList();
        if (flags.Count == 0) return "No flagged value left out.";
        var lines = flags.GroupBy(f => (f.Field, f.Flag, f.Edition))
            .OrderBy(g => FieldOrder(g.Key.Field)).ThenBy(g => g.Key.Flag).ThenBy(g => g.Key.Edition)
            .Select(g => $"- {FieldName(g.Key.Field)} {g.Key.Edition} of {string.Join(", ", g.Select(f => f.Iso3).Distinct().Order(StringComparer.Ordinal))} ({g.Key.Flag.ShortReason()})");
        return "Left out as flagged (data/quality-flags.csv):\n" + string.Join("\n", lines);
    }

    /// <summary>
    /// The values grouped by field and flag, without a lead-in: "HCI 2003 of AND, LIE, 2004 of AND (no data, published as 0);
    /// EGDI of LIE in 2003, 2004 (computed from a flagged component)" (the second form when a group has one country).
    /// </summary>
    internal static string List(IEnumerable<QualityFlag> flags) => string.Join("; ", flags.Distinct()
        .GroupBy(f => (f.Field, f.Flag))
        .OrderBy(g => FieldOrder(g.Key.Field)).ThenBy(g => g.Key.Flag)
        .Select(g => $"{FieldName(g.Key.Field)} {Where(g.ToList())} ({g.Key.Flag.ShortReason()})"));

    private static string Where(IReadOnlyList<QualityFlag> flags)
    {
        var countries = flags.Select(f => f.Iso3).Distinct().Order(StringComparer.Ordinal).ToList();
        if (countries.Count == 1) return $"of {countries[0]} in {string.Join(", ", flags.Select(f => f.Edition).Distinct().Order())}";
        return string.Join(", ", flags.GroupBy(f => f.Edition).OrderBy(e => e.Key)
            .Select(e => $"{e.Key} of {string.Join(", ", e.Select(f => f.Iso3).Distinct().Order(StringComparer.Ordinal))}"));
    }

    /// <summary>
    /// The note under a chart of an analysis across editions: <see cref="Describe"/> when something was left out, else
    /// <c>null</c>; with <paramref name="mode"/> <see cref="FlaggedValues.Include"/>, a warning that flagged values are drawn.
    /// </summary>
    public static string? Note(IEnumerable<QualityFlag> excluded, FlaggedValues mode)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        var list = excluded.ToList();
        if (mode == FlaggedValues.Include)
            return list.Count == 0 ? "Flagged values (data/quality-flags.csv) are included as published." :
                "Flagged values (data/quality-flags.csv) are included as published. " + Describe(list);
        return list.Count == 0 ? null : Describe(list);
    }

    /// <summary>"EGDI", "OSI", "HCI", "TII", "EPI" or "published rank" for a field of egdi.csv.</summary>
    internal static string FieldName(string field) => field == FlagFilter.RankField ? "published rank" : field.ToUpperInvariant();

    private static int FieldOrder(string field) => field switch
    {
        "osi" => 0,
        "hci" => 1,
        "tii" => 2,
        "egdi" => 3,
        FlagFilter.RankField => 4,
        _ => 5,
    };
}
