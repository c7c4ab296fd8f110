using EGov.Cli.Hosting;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// A Jupyter kernel (messaging protocol 5.3) for the C# kernel that <c>egov run</c> uses. Shell requests are served in
/// order, control requests beside them (so interrupt and shutdown work while a cell runs); each request is framed by
/// busy and idle status messages on iopub. Only messages signed with the connection file's key reach this class.
/// The C# kernel is built in the background, so kernel_info is answered at once.
/// </summary>
internal sealed class JupyterKernel : IDisposable
{
    private readonly ConnectionInfo connection;
    private readonly KernelSockets sockets;
    private readonly TextWriter log;
    private readonly Task<KernelHost> host;
    private readonly CellExecutor executor;
    private readonly CancellationTokenSource stopping = new();

    public JupyterKernel(ConnectionInfo connection, TextWriter log)
    {
        this.connection = connection;
        this.log = log;
        sockets = new KernelSockets(connection, log);
        // Compiling the first cell is mostly the JIT of Roslyn: start it on the other core while the kernel is built.
        var warmUp = Task.Run(() => Microsoft.CodeAnalysis.CSharp.Scripting.CSharpScript.EvaluateAsync<int>("1 + 1"));
        host = Task.Run(async () =>
        {
            var kernel = new KernelHost();
            try { await warmUp; } catch (Exception e) when (e is not OutOfMemoryException) { /* only a warm-up */ }
            return kernel;
        });
        executor = new CellExecutor(sockets, host);
        sockets.ShellInterrupt = request =>
        {
            executor.Interrupt();
            Reply(request, KernelChannel.Shell, "interrupt_reply", new JsonObject { ["status"] = "ok" });
        };
    }

    /// <summary>Serves until a shutdown_request, the parent process's end or SIGTERM; returns the exit code.</summary>
    public async Task<int> RunAsync()
    {
        sockets.Start();
        log.WriteLine($"egov kernel: serving on {connection.Ip} (shell {connection.ShellPort}, iopub {connection.IopubPort}, stdin {connection.StdinPort}, " +
                      $"control {connection.ControlPort}, heartbeat {connection.HeartbeatPort}), pid {Environment.ProcessId}");
        using var parent = new ParentProcessWatch(() => Stop("the process that started the kernel is gone"));
        parent.Start();
        // Jupyter interrupts this kernel with interrupt_request (interrupt_mode "message"); SIGINT from a terminal does the same.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; executor.Interrupt(); });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; Stop("SIGTERM"); });
        Publish("status", new JsonObject { ["execution_state"] = "starting" }, null);
        // Not awaited at the end: a cell that never finishes must not keep the kernel from shutting down.
        _ = ServeAsync(sockets.ShellRequests, KernelChannel.Shell);
        _ = ServeAsync(sockets.ControlRequests, KernelChannel.Control);
        try { await Task.Delay(Timeout.Infinite, stopping.Token); }
        catch (OperationCanceledException) { /* stopping */ }
        await sockets.FlushAsync(TimeSpan.FromSeconds(2));
        return 0;
    }

    private void Stop(string reason)
    {
        log.WriteLine($"egov kernel: stopping ({reason})");
        try { stopping.Cancel(); }
        catch (ObjectDisposedException) { /* already stopped */ }
    }

    private async Task ServeAsync(ChannelReader<JupyterMessage> requests, KernelChannel channel)
    {
        try
        {
            await foreach (var request in requests.ReadAllAsync(stopping.Token))
            {
                Publish("status", new JsonObject { ["execution_state"] = "busy" }, request);
                try { await HandleAsync(request, channel); }
                catch (Exception e) when (e is not OutOfMemoryException) { log.WriteLine($"egov kernel: {request.Type} failed: {e}"); }
                Publish("status", new JsonObject { ["execution_state"] = "idle" }, request);
            }
        }
        catch (OperationCanceledException) { /* stopping */ }
    }

    private async Task HandleAsync(JupyterMessage request, KernelChannel channel)
    {
        var content = request.Content;
        switch (request.Type)
        {
            case "kernel_info_request":
                Reply(request, channel, "kernel_info_reply", KernelInfoReply.Content());
                break;
            case "execute_request" when channel == KernelChannel.Shell:
                await executor.ExecuteAsync(request);
                break;
            case "is_complete_request":
                Reply(request, channel, "is_complete_reply", LanguageServices.IsComplete((string?)content["code"] ?? ""));
                break;
            case "complete_request":
                var code = (string?)content["code"] ?? "";
                var cursor = content["cursor_pos"] is JsonValue v && v.TryGetValue<int>(out var c) ? c : code.Length;
                Reply(request, channel, "complete_reply", await LanguageServices.CompleteAsync(await ReadyHostAsync(), code, cursor));
                break;
            case "inspect_request":
                Reply(request, channel, "inspect_reply", new JsonObject { ["status"] = "ok", ["found"] = false, ["data"] = new JsonObject(), ["metadata"] = new JsonObject() });
                break;
            case "history_request":
                Reply(request, channel, "history_reply", new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() });
                break;
            case "comm_info_request":
                Reply(request, channel, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                break;
            case "comm_open":
                // No comm targets here: the protocol says to close a comm whose target is unknown.
                Publish("comm_close", new JsonObject { ["comm_id"] = content["comm_id"]?.DeepClone(), ["data"] = new JsonObject() }, request);
                break;
            case "comm_msg" or "comm_close":
                break;
            case "interrupt_request":
                executor.Interrupt();
                Reply(request, channel, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                break;
            case "shutdown_request":
                var restart = content["restart"] is JsonValue r && r.TryGetValue<bool>(out var again) && again;
                Reply(request, channel, "shutdown_reply", new JsonObject { ["status"] = "ok", ["restart"] = restart });
                Stop(restart ? "shutdown_request for a restart" : "shutdown_request");
                break;
            default:
                log.WriteLine($"egov kernel: unsupported {request.Type} on {channel.ToString().ToLowerInvariant()}");
                break;
        }
    }

    /// <summary>The C# kernel once it is built, or null if building it failed (the failure is the first cell's error).</summary>
    private async Task<KernelHost?> ReadyHostAsync()
    {
        try { return await host; }
        catch (Exception e) when (e is not OutOfMemoryException) { return null; }
    }

    private void Reply(JupyterMessage request, KernelChannel channel, string type, JsonObject content) =>
        sockets.Send(channel, JupyterMessage.Create(type, content, request, sockets.Session));

    private void Publish(string type, JsonObject content, JupyterMessage? parent) =>
        sockets.Send(KernelChannel.IoPub, JupyterMessage.Create(type, content, parent, sockets.Session));

    public void Dispose()
    {
        sockets.Dispose();
        if (host.IsCompletedSuccessfully) host.Result.Dispose();
        stopping.Dispose();
    }
}
