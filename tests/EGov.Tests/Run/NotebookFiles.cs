using System.Text.Json.Nodes;

namespace EGov.Tests.Run;

/// <summary>Small notebooks written by tests: cells given as ("code" | "markdown", source).</summary>
internal static class NotebookFiles
{
    public static string Write(string folder, string name, params (string Kind, string Source)[] cells)
    {
        var notebook = new JsonObject
        {
            ["nbformat"] = 4, ["nbformat_minor"] = 5, ["metadata"] = new JsonObject(),
            ["cells"] = new JsonArray(cells.Select(c => (JsonNode?)Cell(c.Kind, c.Source)).ToArray()),
        };
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    private static JsonObject Cell(string kind, string source) => kind == "code"
        ? new JsonObject { ["cell_type"] = "code", ["metadata"] = new JsonObject(), ["outputs"] = new JsonArray(), ["execution_count"] = null, ["source"] = source }
        : new JsonObject { ["cell_type"] = kind, ["metadata"] = new JsonObject(), ["source"] = source };

    /// <summary>The text of every stream output of the executed notebook, cell by cell.</summary>
    public static IReadOnlyList<string> Printed(string executed) =>
        JsonNode.Parse(File.ReadAllText(executed))!["cells"]!.AsArray()
            .Where(c => (string?)c!["cell_type"] == "code")
            .Select(c => string.Concat(c!["outputs"]!.AsArray().Where(o => (string?)o!["output_type"] == "stream")
                .Select(o => o!["text"] is JsonArray lines ? string.Concat(lines.Select(l => (string?)l)) : (string?)o["text"])))
            .ToList();
}
