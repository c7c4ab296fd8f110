using System.Text.Json.Nodes;
using EGov.Cli.Hosting;
using Microsoft.DotNet.Interactive.Commands;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// Runs execute_requests in the C# kernel that <c>egov run</c> uses (<see cref="KernelHost"/>: <c>#r "nuget:"</c>,
/// packages' kernel extensions), one at a time: execute_input, the outputs (through the execution core shared with
/// <c>egov run</c>, <see cref="CellRunner"/>, sent by <see cref="IopubOutputs"/>), then the
/// execute_reply. Honours <c>silent</c> and <c>store_history</c> (only stored executions count), and after a failure with
/// <c>stop_on_error</c> aborts the execute requests that were already queued behind it.
/// </summary>
internal sealed class CellExecutor(KernelSockets sockets, Task<KernelHost> host)
{
    private readonly object gate = new();
    private int executionCount;
    private long abortThrough;
    private CancellationTokenSource? running;

    /// <summary>The number of the last stored execution (execute_input's and execute_result's execution_count).</summary>
    public int ExecutionCount => Volatile.Read(ref executionCount);

    /// <summary>Runs one execute_request and sends its reply on shell.</summary>
    public async Task ExecuteAsync(JupyterMessage request)
    {
        var content = request.Content;
        var code = (string?)content["code"] ?? "";
        var silent = Flag(content, "silent", false);
        var storeHistory = !silent && Flag(content, "store_history", true);
        if (request.Sequence <= Interlocked.Read(ref abortThrough))
        {
            Reply(request, new JsonObject { ["status"] = "aborted", ["execution_count"] = ExecutionCount });
            return;
        }
        var number = storeHistory ? Interlocked.Increment(ref executionCount) : ExecutionCount;
        if (!silent)
            sockets.Send(KernelChannel.IoPub, JupyterMessage.Create("execute_input", new JsonObject { ["code"] = code, ["execution_count"] = number }, request, sockets.Session));

        using var cancel = new CancellationTokenSource();
        lock (gate) running = cancel;
        CellFailure? failure;
        try { failure = await CellRunner.RunAsync(host, code, number, new IopubOutputs(sockets, request, silent), cancel.Token); }
        finally { lock (gate) running = null; }
        if (failure is null)
        {
            Reply(request, new JsonObject { ["status"] = "ok", ["execution_count"] = number, ["user_expressions"] = new JsonObject(), ["payload"] = new JsonArray() });
            return;
        }
        if (Flag(content, "stop_on_error", true)) Interlocked.Exchange(ref abortThrough, sockets.LastReceived);
        Reply(request, new JsonObject
        {
            ["status"] = "error", ["execution_count"] = number, ["ename"] = failure.Name, ["evalue"] = failure.Value,
            ["traceback"] = new JsonArray([.. failure.Traceback.Select(l => (JsonNode?)JsonValue.Create(l))]),
        });
    }

    /// <summary>
    /// Interrupts the running cell: cancels its command in the kernel, so the cell ends as interrupted. Code that does
    /// not observe cancellation (a busy loop) keeps running in this process until it ends; restart the kernel to stop it.
    /// </summary>
    public void Interrupt()
    {
        lock (gate) running?.Cancel();
        if (host.IsCompletedSuccessfully) _ = host.Result.Composite.SendAsync(new Cancel());
    }

    private void Reply(JupyterMessage request, JsonObject content) =>
        sockets.Send(KernelChannel.Shell, JupyterMessage.Create("execute_reply", content, request, sockets.Session));

    private static bool Flag(JsonObject content, string name, bool fallback) =>
        content[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : fallback;
}
