using System.Text.Json.Nodes;
using EGov.Cli.Hosting;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// The sink of <c>egov kernel serve</c>: sends each output of an execute_request on iopub as it comes, with the request as
/// parent (stream, display_data and update_display_data with <c>transient.display_id</c>, execute_result, error,
/// clear_output). A silent request publishes nothing.
/// </summary>
internal sealed class IopubOutputs(KernelSockets sockets, JupyterMessage request, bool silent) : ICellOutputSink
{
    public void Write(CellOutput output)
    {
        if (silent) return;
        var (type, content) = output switch
        {
            StreamOutput s => ("stream", new JsonObject { ["name"] = s.Name, ["text"] = s.Text }),
            DisplayOutput d => ("display_data", Display(d.Data, d.DisplayId)),
            DisplayUpdate u => ("update_display_data", Display(u.Data, u.DisplayId)),
            ExecuteResult r => ("execute_result", new JsonObject
            {
                ["execution_count"] = r.ExecutionCount, ["data"] = r.Data.ToJson(textAsLines: false), ["metadata"] = new JsonObject(),
            }),
            ErrorOutput { Failure: var f } => ("error", new JsonObject
            {
                ["ename"] = f.Name, ["evalue"] = f.Value, ["traceback"] = new JsonArray([.. f.Traceback.Select(l => (JsonNode?)JsonValue.Create(l))]),
            }),
            ClearOutput c => ("clear_output", new JsonObject { ["wait"] = c.Wait }),
            _ => throw new ArgumentException($"unknown output {output.GetType().Name}", nameof(output)),
        };
        sockets.Send(KernelChannel.IoPub, JupyterMessage.Create(type, content, request, sockets.Session));
    }

    private static JsonObject Display(MimeData data, string displayId) => new()
    {
        ["data"] = data.ToJson(textAsLines: false),
        ["metadata"] = new JsonObject(),
        ["transient"] = new JsonObject { ["display_id"] = displayId },
    };
}
