using System.Text.Json.Nodes;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// Input for the running cell from the client (Jupyter's stdin channel): <see cref="Ask"/> sends an input_request to the
/// client that sent the execute_request and waits for its input_reply. Only when that request said
/// <c>allow_stdin: true</c>; otherwise (or with no cell running) the cell gets a clear <see cref="EGov.Cli.Hosting.CellInputUnavailableException"/>.
/// An interrupt ends the wait. It is the kernel host's <see cref="EGov.Cli.Hosting.KernelHost.Input"/>: <c>Console.In</c> and .NET Interactive's input API read from it.
/// </summary>
internal sealed class StdinBridge(KernelSockets sockets) : EGov.Cli.Hosting.ICellInput
{
    /// <inheritdoc />
    public string ReadLine(string prompt, bool password, CancellationToken cancellation)
    {
        using var stop = cancellation.Register(Interrupt);
        return Ask(prompt, password);
    }

    private readonly object gate = new();
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private JupyterMessage? request;
    private bool allowed;
    private CancellationTokenSource cancel = new();

    /// <summary>The execute_request now running (null when none) and whether its client accepts input.</summary>
    public void Begin(JupyterMessage? running, bool allowStdin)
    {
        lock (gate)
        {
            request = running;
            allowed = allowStdin;
            if (cancel.IsCancellationRequested) { cancel.Dispose(); cancel = new CancellationTokenSource(); }
        }
    }

    /// <summary>Ends a wait for input (interrupt).</summary>
    public void Interrupt()
    {
        lock (gate) cancel.Cancel();
    }

    /// <summary>The line the user typed (without its newline); <paramref name="password"/> asks the client to hide it.</summary>
    public string Ask(string prompt, bool password)
    {
        JupyterMessage parent;
        CancellationToken token;
        lock (gate)
        {
            if (request is null)
                throw new EGov.Cli.Hosting.CellInputUnavailableException("input was requested, but no cell is running");
            if (!allowed)
                throw new EGov.Cli.Hosting.CellInputUnavailableException("input was requested, but this client does not accept input (its execute_request has allow_stdin false; a notebook run by nbconvert or egov run cannot be asked)");
            parent = request;
            token = cancel.Token;
        }
        oneAtATime.Wait(token);
        try
        {
            while (sockets.StdinReplies.TryRead(out _)) { /* a late reply to an earlier request */ }
            sockets.Send(KernelChannel.Stdin, JupyterMessage.Create("input_request", new JsonObject { ["prompt"] = prompt, ["password"] = password }, parent, sockets.Session));
            while (true)
            {
                var reply = sockets.StdinReplies.ReadAsync(token).AsTask().GetAwaiter().GetResult();
                if (reply.Type != "input_reply") continue;
                return reply.Content["value"] is JsonValue v && v.TryGetValue<string>(out var value) ? value : "";
            }
        }
        catch (OperationCanceledException)
        {
            throw new OperationCanceledException("the input request was interrupted");
        }
        finally { oneAtATime.Release(); }
    }
}
