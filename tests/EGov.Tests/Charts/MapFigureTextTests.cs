using System.Text.Json.Nodes;
using EGov.Charts;
using EGov.Data;
using EGov.Display;

namespace EGov.Tests.Charts;

/// <summary>
/// A map's country geometry goes into its figure as JSON text made once (<see cref="RawJson"/>), not as a copy of a node
/// tree: the figure's text and hash must be exactly those of the same figure held as plain nodes.
/// </summary>
public class MapFigureTextTests
{
    private static readonly Survey Survey = Survey.Load();

    [Fact]
    public void A_maps_json_and_hash_are_those_of_the_same_figure_as_plain_nodes()
    {
        var figure = PlotlyFigure.Of(SurveyCharts.IndexChoropleth(Survey, SurveyIndex.Egdi, 2024));
        var json = figure.ToJson();
        var plain = PlotlyFigure.Parse(json);
        Assert.Equal(json, plain.ToJson());
        Assert.Equal(plain.SpecificationHash(), figure.SpecificationHash());
        var map = (JsonObject)figure.Figure["data"]!.AsArray().Single(t => (string?)t!["type"] == "choropleth")!;
        var geometry = map["geojson"]!["features"]![0]!["geometry"]!;
        Assert.Equal("MultiPolygon", (string?)JsonNode.Parse(geometry.ToJsonString())!["type"]);
        // Two maps share no node and each writes the whole geometry: a second figure is not an empty or moved copy.
        Assert.Equal(json, PlotlyFigure.Of(SurveyCharts.IndexChoropleth(Survey, SurveyIndex.Egdi, 2024)).ToJson());
    }
}
