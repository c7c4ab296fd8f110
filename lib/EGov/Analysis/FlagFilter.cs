using EGov.Data;

namespace EGov.Analysis;

/// <summary>
/// Decides, for the analyses across editions, whether a published value is used (<see cref="FlaggedValues"/>,
/// <see cref="FlaggedValueRules.Excludes"/>) and collects the flags of the values it left out, in the order of
/// quality-flags.csv (edition, ISO3, field), each once.
/// </summary>
internal sealed class FlagFilter
{
    /// <summary>The field of egdi.csv that holds the published EGDI rank.</summary>
    public const string RankField = "egdi_rank";

    private readonly Dictionary<(int Edition, string Iso3, string Field), List<QualityFlag>> byValue = [];
    private readonly HashSet<QualityFlag> excluded = [];
    private readonly List<QualityFlag> order;

    public FlagFilter(SurveyDataset dataset, FlaggedValues mode)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (!Enum.IsDefined(mode)) throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown FlaggedValues.");
        Mode = mode;
        order = dataset.QualityFlags.ToList();
        foreach (var flag in order)
        {
            var key = (flag.Edition, flag.Iso3, flag.Field);
            if (!byValue.TryGetValue(key, out var list)) byValue[key] = list = [];
            list.Add(flag);
        }
    }

    public FlaggedValues Mode { get; }

    /// <summary>The field of egdi.csv an index is in.</summary>
    public static string FieldOf(SurveyIndex index) => SurveySchema.Of(index).Field;

    /// <summary>Every flag of one value, whatever its kind.</summary>
    public IReadOnlyList<QualityFlag> FlagsOf(int edition, string iso3, string field) =>
        byValue.TryGetValue((edition, iso3, field), out var list) ? list : [];

    /// <summary>
    /// True when the value is used: always with <see cref="FlaggedValues.Include"/>, else when none of its flags excludes it.
    /// A value not used has its excluding flags recorded in <see cref="Excluded"/>.
    /// </summary>
    public bool Keep(int edition, string iso3, string field)
    {
        if (Mode == FlaggedValues.Include) return true;
        var blocking = FlagsOf(edition, iso3, field).Where(f => f.Flag.Excludes()).ToList();
        foreach (var flag in blocking) excluded.Add(flag);
        return blocking.Count == 0;
    }

    /// <summary><see cref="Keep(int, string, string)"/> for the value of an index in a record.</summary>
    public bool Keep(EditionRecord record, SurveyIndex index) => Keep(record.Edition, record.Iso3, FieldOf(index));

    /// <summary>
    /// Records that a flagged value was left out for a reason of the analysis itself, whatever the mode (a zero, whose
    /// logarithm is undefined): its flags, if any, join <see cref="Excluded"/>.
    /// </summary>
    public void LeftOut(int edition, string iso3, string field)
    {
        foreach (var flag in FlagsOf(edition, iso3, field)) excluded.Add(flag);
    }

    /// <summary>The flags of the values left out so far, in the order of quality-flags.csv.</summary>
    public IReadOnlyList<QualityFlag> Excluded => order.Where(excluded.Contains).ToList();

    /// <summary>The flags among <paramref name="subset"/> (any order) in the order of quality-flags.csv.</summary>
    public IReadOnlyList<QualityFlag> InOrder(IEnumerable<QualityFlag> subset)
    {
        var set = subset.ToHashSet();
        return order.Where(set.Contains).ToList();
    }
}
