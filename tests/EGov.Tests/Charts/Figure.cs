using System.Text.Json;
using EGov.Charts;
using Plotly.NET;

namespace EGov.Tests.Charts;

/// <summary>A chart's plotly JSON, parsed, with the parts the tests look at.</summary>
internal sealed class Figure
{
    private readonly JsonElement root;

    public Figure(GenericChart chart)
    {
        Json = ChartOutput.ToFigureJson(chart);
        root = JsonDocument.Parse(Json).RootElement;
    }

    public string Json { get; }

    public IReadOnlyList<JsonElement> Traces => root.GetProperty("data").EnumerateArray().ToList();

    public JsonElement Layout => root.GetProperty("layout");

    public string Title => Layout.GetProperty("title").GetProperty("text").GetString()!;

    public string AxisTitle(string axis) => Layout.GetProperty(axis).GetProperty("title").GetProperty("text").GetString()!;

    public IReadOnlyList<string> Annotations =>
        Layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToList();

    /// <summary>Trace name -> marker colour as "#RRGGBB" (the first one when a trace has several).</summary>
    public Dictionary<string, string> MarkerColors() => Traces.ToDictionary(
        t => t.GetProperty("name").GetString()!,
        t => t.GetProperty("marker").GetProperty("color") is { ValueKind: JsonValueKind.Array } a ? Hex(a[0].GetString()!) : Hex(t.GetProperty("marker").GetProperty("color").GetString()!));

    /// <summary>Plotly.NET writes colours as "rgba(r, g, b, a)": back to "#RRGGBB" to compare with the palettes.</summary>
    public static string Hex(string color)
    {
        var m = System.Text.RegularExpressions.Regex.Match(color, @"^rgba\((\d+), (\d+), (\d+), 1\.0\)$");
        Assert.True(m.Success, $"Unexpected colour format: {color}");
        return "#" + string.Concat(Enumerable.Range(1, 3).Select(i => int.Parse(m.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture).ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Checks the title (containing every given text), both axis titles, and the source annotation naming the editions.</summary>
    public void AssertFramed(string titleContains, string xTitle, string yTitle, params int[] editions)
    {
        // A long title is wrapped (ChartLayout): its line breaks read as spaces.
        Assert.Contains(titleContains, Title.Replace("<br>", " ", StringComparison.Ordinal));
        Assert.Equal(xTitle, AxisTitle("xaxis"));
        Assert.Equal(yTitle, AxisTitle("yaxis"));
        var source = Assert.Single(Annotations, a => a.StartsWith("Source: UN E-Government Survey ", StringComparison.Ordinal));
        foreach (var edition in editions) Assert.Contains(edition.ToString(System.Globalization.CultureInfo.InvariantCulture), source);
    }
}
