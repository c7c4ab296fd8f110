using System.Text.Json.Nodes;
using EGov.Cli.Hosting;
using EGov.Cli.Notebooks;

namespace EGov.Cli.Run.Worker;

/// <summary>
/// The sink of <c>egov run</c>: writes a running cell's outputs into its nbformat outputs as a Jupyter client keeps them
/// (nbclient's rules). Consecutive text of one stream is one output, capped (<see cref="MimeData.MaxChars"/>); a display
/// update replaces the data of every output shown with that display id, in this cell or an earlier one; clear_output
/// empties the cell's outputs (with <c>wait</c>, when the next output comes; a wait still pending when the cell ends
/// clears nothing). Display ids and message timing are not saved (nbformat has no place for them).
/// </summary>
internal sealed class NotebookOutputs : ICellOutputSink
{
    private readonly object gate = new();
    private readonly Dictionary<string, List<JsonObject>> displays = new(StringComparer.Ordinal);
    private JsonArray? outputs;
    private CappedText? stream;
    private string? streamName;
    private bool clearBeforeNext;

    /// <summary>Starts writing into <paramref name="cellOutputs"/> (the next cell's).</summary>
    public void Begin(JsonArray cellOutputs)
    {
        lock (gate)
        {
            outputs = cellOutputs;
            clearBeforeNext = false;
        }
    }

    /// <summary>Ends the cell's outputs (the pending stream text becomes an output).</summary>
    public void End()
    {
        lock (gate)
        {
            FlushStream();
            outputs = null;
        }
    }

    public void Write(CellOutput output)
    {
        lock (gate)
        {
            if (outputs is null) return;
            switch (output)
            {
                case ClearOutput { Wait: true }:
                    FlushStream();
                    clearBeforeNext = true;
                    return;
                case ClearOutput:
                    Clear();
                    return;
                case DisplayUpdate update:
                    foreach (var shown in displays.GetValueOrDefault(update.DisplayId) ?? []) shown["data"] = update.Data.ToJson(textAsLines: true);
                    return;
            }
            if (clearBeforeNext) Clear();
            switch (output)
            {
                case StreamOutput text:
                    if (stream is not null && streamName != text.Name) FlushStream();
                    stream ??= new CappedText(MimeData.MaxChars);
                    streamName = text.Name;
                    stream.Append(text.Text);
                    break;
                case DisplayOutput display:
                    var json = new JsonObject { ["data"] = display.Data.ToJson(textAsLines: true), ["metadata"] = new JsonObject(), ["output_type"] = "display_data" };
                    if (!displays.TryGetValue(display.DisplayId, out var list)) displays[display.DisplayId] = list = [];
                    list.Add(json);
                    Add(json);
                    break;
                case ExecuteResult result:
                    Add(new JsonObject
                    {
                        ["data"] = result.Data.ToJson(textAsLines: true), ["execution_count"] = result.ExecutionCount,
                        ["metadata"] = new JsonObject(), ["output_type"] = "execute_result",
                    });
                    break;
                case ErrorOutput { Failure: var failure }:
                    Add(new JsonObject
                    {
                        ["ename"] = failure.Name, ["evalue"] = failure.Value, ["output_type"] = "error",
                        ["traceback"] = new JsonArray([.. failure.Traceback.Select(l => (JsonNode?)JsonValue.Create(l))]),
                    });
                    break;
            }
        }
    }

    private void Add(JsonObject output)
    {
        FlushStream();
        outputs!.Add(output);
    }

    /// <summary>Empties the cell's outputs; their display ids no longer update anything.</summary>
    private void Clear()
    {
        clearBeforeNext = false;
        stream = null;
        streamName = null;
        var removed = outputs!.OfType<JsonObject>().ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var list in displays.Values) list.RemoveAll(removed.Contains);
        outputs!.Clear();
    }

    private void FlushStream()
    {
        if (stream is null || outputs is null) return;
        outputs.Add(new JsonObject { ["name"] = streamName, ["output_type"] = "stream", ["text"] = NotebookText.Lines(stream.ToString()) });
        stream = null;
        streamName = null;
    }
}
