using System.Text.Json.Nodes;

namespace EGov.Tests.Kernel;

/// <summary>
/// Executes a notebook's code cells in a real <c>egov kernel serve</c> through the tests' Jupyter client and keeps the
/// outputs as a Jupyter client saves them (the rules of nbclient and Jupyter's front ends, written here independently of
/// the program's own notebook sink): consecutive stream messages of one name are one output; display_data is saved
/// without its transient display id, and update_display_data replaces the data of every output shown with that id, in
/// any cell; clear_output empties the cell's outputs (with wait: when the next output comes); stops after a failed cell.
/// </summary>
internal static class KernelNotebook
{
    /// <summary>The outputs of each code cell of <paramref name="notebook"/> (null for cells not run after a failure).</summary>
    public static List<JsonArray?> Execute(JupyterTestClient client, JsonNode notebook, TimeSpan perCell)
    {
        var cells = new List<JsonArray?>();
        var displays = new Dictionary<string, List<JsonObject>>(StringComparer.Ordinal);
        var failed = false;
        foreach (var cell in notebook["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code"))
        {
            if (failed) { cells.Add(null); continue; }
            var outputs = new JsonArray();
            var clearBeforeNext = false;
            var id = client.Send("shell", "execute_request", JupyterTestClient.Execute(EGov.Cli.Notebooks.NotebookText.Of(cell!["source"])));
            foreach (var message in client.IopubUntilIdle(id, perCell))
            {
                var content = message.Content;
                switch (message.Type)
                {
                    case "clear_output" when (bool?)content["wait"] == true:
                        clearBeforeNext = true;
                        continue;
                    case "clear_output":
                        Clear(outputs, displays);
                        continue;
                    case "update_display_data":
                        foreach (var shown in displays.GetValueOrDefault((string?)content["transient"]?["display_id"] ?? "") ?? [])
                            shown["data"] = content["data"]!.DeepClone();
                        continue;
                    case "stream" or "display_data" or "execute_result" or "error":
                        break;
                    default:
                        continue; // status, execute_input
                }
                if (clearBeforeNext) { Clear(outputs, displays); clearBeforeNext = false; }
                if (message.Type == "stream" && outputs.LastOrDefault() is JsonObject last && (string?)last["output_type"] == "stream" && (string?)last["name"] == (string?)content["name"])
                {
                    last["text"] = (string?)last["text"] + (string?)content["text"];
                    continue;
                }
                var output = (JsonObject)content.DeepClone();
                output.Remove("transient");
                output["output_type"] = message.Type;
                if (message.Type == "display_data" && (string?)content["transient"]?["display_id"] is { } displayId)
                {
                    if (!displays.TryGetValue(displayId, out var list)) displays[displayId] = list = [];
                    list.Add(output);
                }
                outputs.Add(output);
            }
            var reply = client.Receive("shell", perCell, id) ?? throw new TimeoutException("no execute_reply");
            failed = (string?)reply.Content["status"] != "ok";
            cells.Add(outputs);
        }
        return cells;
    }

    private static void Clear(JsonArray outputs, Dictionary<string, List<JsonObject>> displays)
    {
        foreach (var list in displays.Values) list.RemoveAll(o => outputs.Contains(o));
        outputs.Clear();
    }
}
