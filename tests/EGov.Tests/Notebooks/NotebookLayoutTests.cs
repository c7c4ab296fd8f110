using System.Text;
using System.Text.Json.Nodes;
using EGov.Cli.Notebooks;

namespace EGov.Tests.Notebooks;

public class NotebookLayoutTests
{
    [Fact]
    public void A_figure_and_arrays_of_numbers_are_written_on_one_line_and_read_back_equal()
    {
        const string json = """
            {"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "source": ["var x = 1;\n", "x"],
              "outputs": [{"output_type": "display_data", "metadata": {},
                "data": {"application/vnd.plotly.v1+json": {"data": [{"type": "scatter", "x": [1, 2.5, 3], "y": [4, 5, 6]}], "layout": {"title": {"text": "T"}}},
                         "text/plain": ["Chart: T"]}},
                {"output_type": "execute_result", "execution_count": 1, "metadata": {}, "data": {"text/plain": ["1"]}, "extra": [[1, 2], [3, 4.25]]}]}],
             "metadata": {"kernelspec": {"name": ".net-csharp", "display_name": ".NET (C#)", "language": "C#"}}, "nbformat": 4, "nbformat_minor": 5}
            """;
        var notebook = NotebookDocument.Parse("layout.ipynb", Encoding.UTF8.GetBytes(json));
        var text = notebook.ToJson();
        var lines = text.Split('\n');
        Assert.Contains(lines, l => l.Trim() == "\"application/vnd.plotly.v1+json\": {\"data\":[{\"type\":\"scatter\",\"x\":[1,2.5,3],\"y\":[4,5,6]}],\"layout\":{\"title\":{\"text\":\"T\"}}},");
        Assert.Contains(lines, l => l.Trim() == "\"extra\": [[1,2],[3,4.25]]");
        // Everything else keeps Jupyter's layout: one-space indent, source as lines.
        Assert.Contains(lines, l => l == "   \"source\": [");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(text)));
        Assert.EndsWith("}\n", text);
    }
}
