using System.Globalization;
using EGov.Analysis;
using EGov.Data;

namespace EGov.Charts;

/// <summary>The wording shared by every chart: index names and units, level bands, the methodology caveat and the source line, derived from <see cref="SurveySchema"/>.</summary>
public static class ChartText
{
    /// <summary>The note on comparing editions, shown on every chart that spans several editions.</summary>
    public static string MethodologyCaveat { get; } =
        "Caveat: the survey's methodology (indicators, questionnaires, normalisation) changed between editions, so levels are not strictly " +
        $"comparable over time; {Span(NotAssessedRule.Editions)} did not assess every member state; " +
        $"{string.Join(" and ", EgdiConsistency.EditionsNotExactMean)} EGDI is not exactly the mean of its components.";

    /// <summary>
    /// The note on comparing editions for a chart of one index: <see cref="MethodologyCaveat"/> for the EGDI and its components,
    /// without the sentence on the EGDI's mean for the EPI, which is not a component of the EGDI.
    /// </summary>
    public static string MethodologyCaveatFor(SurveyIndex index) => index == SurveyIndex.Epi
        ? $"Caveat: the survey's methodology (indicators, questionnaires, normalisation) changed between editions, so {ShortName(index)} " +
          $"levels are not strictly comparable over time; {Span(NotAssessedRule.Editions)} did not assess every member state."
        : MethodologyCaveat;

    /// <summary>The level groups' bands, highest first: "very high &gt;= 0.75, high 0.50-0.75, ...".</summary>
    public static string LevelBands { get; } = string.Join(", ", LevelGroups.HighestFirst.Select(Band));

    /// <summary>
    /// The note of a chart of an analysis across editions: <paramref name="note"/> (e.g. <see cref="MethodologyCaveat"/>)
    /// followed by what the analysis left out as flagged (<see cref="ExcludedValues.Note"/>), or <paramref name="note"/> alone.
    /// </summary>
    internal static string? WithExcluded(string? note, IEnumerable<QualityFlag> excluded, FlaggedValues flagged) =>
        ExcludedValues.Note(excluded, flagged) is { } left ? (note is null ? left : note + " " + left) : note;

    /// <summary>The short name: "EGDI", "OSI", "HCI", "TII" or "EPI".</summary>
    public static string ShortName(SurveyIndex index) => SurveySchema.Of(index).ShortName;

    /// <summary>The full name, e.g. "E-Government Development Index (EGDI)".</summary>
    public static string LongName(SurveyIndex index) => SurveySchema.Of(index).LongName;

    /// <summary>An axis title stating the unit, e.g. "EGDI (index, 0-1)".</summary>
    public static string AxisTitle(SurveyIndex index) =>
        $"{ShortName(index)} (index, 0-{SurveySchema.Of(index).Maximum.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>"Source: UN E-Government Survey 2020" or, for several editions, "Source: UN E-Government Survey 2003, 2004, ..." (every edition listed).</summary>
    public static string SourceLine(IEnumerable<int> editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var list = editions.Distinct().Order().ToList();
        if (list.Count == 0) throw new ArgumentException("At least one edition is needed.", nameof(editions));
        return "Source: UN E-Government Survey " + string.Join(", ", list);
    }

    private static string Band(LevelGroup group)
    {
        var label = group.Label().ToLowerInvariant();
        string F(double bound) => bound.ToString("0.00", CultureInfo.InvariantCulture);
        return group == LevelGroups.HighestFirst[0] ? $"{label} >= {F(group.LowerBound())}"
            : group.LowerBound() == 0 ? $"{label} < {F(group.UpperBound())}"
            : $"{label} {F(group.LowerBound())}-{F(group.UpperBound())}";
    }

    private static string Span(IEnumerable<int> editions) => $"{editions.Min()}-{editions.Max()}";
}
