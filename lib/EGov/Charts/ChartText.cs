using EGov.Analysis;
using EGov.Data;

namespace EGov.Charts;

/// <summary>The wording shared by every chart: index names and units, and the source line.</summary>
public static class ChartText
{
    /// <summary>The note on comparing editions, shown on every chart that spans several editions.</summary>
    public const string MethodologyCaveat =
        "Caveat: the survey's methodology (indicators, questionnaires, normalisation) changed between editions, so levels are not strictly " +
        "comparable over time; 2003-2012 did not assess every member state; 2008 and 2010 EGDI is not exactly the mean of its components.";

    /// <summary>
    /// The note of a chart of an analysis across editions: <paramref name="note"/> (e.g. <see cref="MethodologyCaveat"/>)
    /// followed by what the analysis left out as flagged (<see cref="ExcludedValues.Note"/>), or <paramref name="note"/> alone.
    /// </summary>
    public static string? WithExcluded(string? note, IEnumerable<QualityFlag> excluded, FlaggedValues flagged) =>
        ExcludedValues.Note(excluded, flagged) is { } left ? (note is null ? left : note + " " + left) : note;

    /// <summary>The short name: "EGDI", "OSI", "HCI", "TII" or "EPI".</summary>
    public static string ShortName(SurveyIndex index) => SurveyColumns.Of(index);

    /// <summary>The full name, e.g. "E-Government Development Index (EGDI)".</summary>
    public static string LongName(SurveyIndex index) => index switch
    {
        SurveyIndex.Egdi => "E-Government Development Index (EGDI)",
        SurveyIndex.Osi => "Online Service Index (OSI)",
        SurveyIndex.Hci => "Human Capital Index (HCI)",
        SurveyIndex.Tii => "Telecommunication Infrastructure Index (TII)",
        SurveyIndex.Epi => "E-Participation Index (EPI)",
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "Unknown index."),
    };

    /// <summary>An axis title stating the unit, e.g. "EGDI (index, 0-1)".</summary>
    public static string AxisTitle(SurveyIndex index) => $"{ShortName(index)} (index, 0-1)";

    /// <summary>"Source: UN E-Government Survey 2020" or, for several editions, "Source: UN E-Government Survey 2003, 2004, ..." (every edition listed).</summary>
    public static string SourceLine(IEnumerable<int> editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var list = editions.Distinct().Order().ToList();
        if (list.Count == 0) throw new ArgumentException("At least one edition is needed.", nameof(editions));
        return "Source: UN E-Government Survey " + string.Join(", ", list);
    }
}
