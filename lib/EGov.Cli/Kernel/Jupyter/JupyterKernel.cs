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
    private readonly History history;
    private readonly StdinBridge stdin;
    private readonly Task<CodeInsight?> insight;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> results = new(StringComparer.Ordinal);

    public JupyterKernel(ConnectionInfo connection, TextWriter log)
    {
        this.connection = connection;
        this.log = log;
        sockets = new KernelSockets(connection, log);
        // Compiling the first cell is mostly the JIT of Roslyn: start it on the other core while the kernel is built.
        var warmUp = Task.Run(() => Microsoft.CodeAnalysis.CSharp.Scripting.CSharpScript.EvaluateAsync<int>("1 + 1"));
        stdin = new StdinBridge(sockets);
        host = Task.Run(async () =>
        {
            // Console.ReadLine() and .NET Interactive's input API in a cell ask the client (input_request), as in ipykernel.
            var kernel = new KernelHost { Input = stdin };
            try { await warmUp; } catch (Exception e) when (e is not OutOfMemoryException) { /* only a warm-up */ }
            return kernel;
        });
        executor = new CellExecutor(sockets, host);
        sockets.ShellInterrupt = request =>
        {
            executor.Interrupt();
            Reply(request, KernelChannel.Shell, "interrupt_reply", new JsonObject { ["status"] = "ok" });
        };
        history = new History(History.DefaultFile(), log);
        sockets.Sending += KeepResult;
        // The runtime's documentation index does not need the C# kernel: built meanwhile, on the other core.
        var docs = new XmlDocs();
        _ = Task.Run(() =>
        {
            try { docs.WarmUp(); }
            catch (Exception e) when (e is not OutOfMemoryException) { log.WriteLine($"egov kernel: documentation index: {e.Message}"); }
        });
        insight = Task.Run(async () =>
        {
            try
            {
                var kernel = await host;
                // The language services need a first submission (the kernel's script state); an empty statement changes nothing.
                await kernel.Composite.SendAsync(new Microsoft.DotNet.Interactive.Commands.SubmitCode(";", KernelHost.CSharpKernelName));
                var services = new CodeInsight(kernel.CSharp, docs);
                services.WarmUp();
                var started = System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime();
                log.WriteLine($"egov kernel: language services ready ({(DateTime.UtcNow - started).TotalMilliseconds:0} ms after start)");
                return services;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                log.WriteLine($"egov kernel: language services unavailable ({e.GetType().Name}: {e.Message})");
                return null;
            }
        });
    }

    /// <summary>The text/plain of each execute_result, by request, for the history's outputs.</summary>
    private void KeepResult(KernelChannel channel, JupyterMessage message)
    {
        if (channel != KernelChannel.IoPub || message.Type != "execute_result") return;
        if (message.ParentHeader["msg_id"] is JsonValue id && id.TryGetValue<string>(out var key) && message.Content["data"]?["text/plain"] is JsonValue text && text.TryGetValue<string>(out var value))
            results[key] = value;
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

    /// <summary>
    /// Serves one channel's requests in order. Nothing a request contains ends this loop (each is answered or logged);
    /// should the loop itself fail, the kernel stops its heartbeat and exits, so Jupyter sees a dead kernel and restarts it.
    /// </summary>
    private async Task ServeAsync(ChannelReader<JupyterMessage> requests, KernelChannel channel)
    {
        try
        {
            await foreach (var request in requests.ReadAllAsync(stopping.Token))
            {
                try
                {
                    Publish("status", new JsonObject { ["execution_state"] = "busy" }, request);
                    try { await HandleAsync(request, channel); }
                    catch (InvalidRequestException e)
                    {
                        log.WriteLine($"egov kernel: refused {request.Type}: {e.Message}");
                        ReplyError(request, channel, "InvalidRequest", $"{request.Type}: {e.Message}");
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        log.WriteLine($"egov kernel: {request.Type} failed: {e}");
                        ReplyError(request, channel, e.GetType().Name, $"{request.Type} failed: {e.Message}");
                    }
                    Publish("status", new JsonObject { ["execution_state"] = "idle" }, request);
                }
                catch (Exception e) when (e is not OutOfMemoryException) { log.WriteLine($"egov kernel: could not answer {request.Type}: {e}"); }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested) { /* stopping */ }
        catch (Exception e)
        {
            log.WriteLine($"egov kernel: the {channel.ToString().ToLowerInvariant()} loop failed ({e}); stopping the heartbeat and the kernel");
            sockets.StopHeartbeat();
            Stop($"the {channel.ToString().ToLowerInvariant()} loop failed");
        }
    }

    /// <summary>The reply to a request that could not be served: <c>status: error</c> with ename and evalue, as the protocol says.</summary>
    private void ReplyError(JupyterMessage request, KernelChannel channel, string name, string value)
    {
        if (!request.Type.EndsWith("_request", StringComparison.Ordinal)) return; // comm messages and replies get no reply
        var content = new JsonObject { ["status"] = "error", ["ename"] = name, ["evalue"] = value, ["traceback"] = new JsonArray(JsonValue.Create(value)) };
        if (request.Type == "execute_request") content["execution_count"] = executor.ExecutionCount;
        Reply(request, channel, request.Type[..^"_request".Length] + "_reply", content);
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
                await ExecuteAsync(request);
                break;
            case "is_complete_request":
                Reply(request, channel, "is_complete_reply", LanguageServices.IsComplete(RequestFields.Text(content, "code")));
                break;
            case "complete_request":
            {
                var code = RequestFields.Text(content, "code");
                var cursor = RequestFields.Number(content, "cursor_pos", code.EnumerateRunes().Count(), min: 0);
                var services = await insight;
                Reply(request, channel, "complete_reply", services?.Complete(code, cursor) ?? new JsonObject
                {
                    ["status"] = "ok", ["matches"] = new JsonArray(), ["cursor_start"] = cursor, ["cursor_end"] = cursor, ["metadata"] = new JsonObject(),
                });
                break;
            }
            case "inspect_request":
            {
                var code = RequestFields.Text(content, "code");
                var cursor = RequestFields.Number(content, "cursor_pos", code.EnumerateRunes().Count(), min: 0);
                var detail = RequestFields.Number(content, "detail_level", 0, min: 0, max: 1);
                var services = await insight;
                Reply(request, channel, "inspect_reply", services?.Inspect(code, cursor, detail) ??
                    new JsonObject { ["status"] = "ok", ["found"] = false, ["data"] = new JsonObject(), ["metadata"] = new JsonObject() });
                break;
            }
            case "history_request":
                Reply(request, channel, "history_reply", history.Reply(content));
                break;
            case "comm_info_request":
                _ = RequestFields.OptionalText(content, "target_name");
                Reply(request, channel, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                break;
            case "comm_open":
                // No comm targets here: the protocol says to close a comm whose target is unknown, at once.
                Publish("comm_close", new JsonObject { ["comm_id"] = RequestFields.Text(content, "comm_id"), ["data"] = new JsonObject() }, request);
                break;
            case "comm_msg" or "comm_close":
                break;
            case "interrupt_request":
                stdin.Interrupt();
                executor.Interrupt();
                Reply(request, channel, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                break;
            case "shutdown_request":
                var restart = RequestFields.Flag(content, "restart", false);
                Reply(request, channel, "shutdown_reply", new JsonObject { ["status"] = "ok", ["restart"] = restart });
                Stop(restart ? "shutdown_request for a restart" : "shutdown_request");
                break;
            default:
                log.WriteLine($"egov kernel: unsupported {request.Type} on {channel.ToString().ToLowerInvariant()}");
                break;
        }
    }

    /// <summary>
    /// An execute_request whose content has the protocol's types (else an error reply), run by the cell executor with
    /// stdin open to its client when it allows it; a stored execution goes into the history with its result's text.
    /// </summary>
    private async Task ExecuteAsync(JupyterMessage request)
    {
        var content = request.Content;
        var code = RequestFields.Text(content, "code");
        foreach (var flag in new[] { "silent", "store_history", "allow_stdin", "stop_on_error" }) RequestFields.Flag(content, flag, false);
        if (content["user_expressions"] is { } expressions && expressions is not JsonObject)
            throw new InvalidRequestException("'user_expressions' must be an object");
        var before = executor.ExecutionCount;
        stdin.Begin(request, RequestFields.Flag(content, "allow_stdin", false));
        try { await executor.ExecuteAsync(request); }
        finally { stdin.Begin(null, false); }
        var id = (string)request.Header["msg_id"]!;
        results.TryRemove(id, out var output);
        if (executor.ExecutionCount != before) history.Add(executor.ExecutionCount, code, output);
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
