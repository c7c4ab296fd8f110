using Newtonsoft.Json;
using Plotly.NET;

namespace EGov.Charts;

/// <summary>
/// A chart's figure JSON, the same text as <see cref="GenericChart.toFigureJson"/> (Plotly.NET's own serializer and
/// settings), about ten times faster. Before it writes an object, Newtonsoft looks for it in the stack of objects being
/// written (a reference loop) with <see cref="object.Equals(object)"/>, and Plotly.NET's dynamic objects compare by
/// content (<c>DynamicObj.Equals</c> hashes the whole graph below them): that search cost about 90 % of a chart's
/// serialization (about 110 ms for the default template alone, which Plotly.NET deep-copies into every chart, so no
/// cache keyed by the template object could hit). Here it compares references. The text cannot differ: Plotly.NET's
/// settings serialize a loop anyway (<see cref="ReferenceLoopHandling.Serialize"/>), so the search's answer only chooses a
/// trace message. Tests compare the text with toFigureJson for every chart the library makes.
/// </summary>
internal static class FigureJson
{
    private static readonly JsonSerializerSettings Settings = new(Globals.JSON_CONFIG) { EqualityComparer = ReferenceEqualityComparer.Instance };

    /// <summary>The figure JSON of <paramref name="chart"/> (<c>{"data": [...], "layout": {...}, "frames": []}</c>).</summary>
    public static string Of(GenericChart chart) => JsonConvert.SerializeObject(GenericChart.toFigure(chart), Settings);
}
