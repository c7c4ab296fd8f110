using System.Text.Json.Nodes;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// Input for the running cell from the client (Jupyter's stdin channel): <see cref="Ask"/> sends an input_request to the
/// client that sent the execute_request and waits for its input_reply. Only when that request said
/// <c>allow_stdin: true</c>; otherwise (or with no cell running) the cell gets a clear <see cref="InvalidOperationException"/>.
/// An interrupt ends the wait. Used by <c>Console.In</c> (<see cref="StdinReader"/>) and .NET Interactive's input API.
/// </summary>
internal sealed class StdinBridge(KernelSockets sockets)
{
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
                throw new InvalidOperationException("input was requested, but no cell is running");
            if (!allowed)
                throw new InvalidOperationException("input was requested, but this client does not accept input (its execute_request has allow_stdin false; a notebook run by nbconvert or egov run cannot be asked)");
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

/// <summary><c>Console.In</c> while the kernel serves: each line read is asked from the client (<see cref="StdinBridge"/>).</summary>
internal sealed class StdinReader(StdinBridge bridge) : TextReader
{
    private string? pending;
    private int position;

    public override string? ReadLine()
    {
        if (pending is not null)
        {
            var rest = pending[position..];
            pending = null;
            return rest.TrimEnd('\n');
        }
        return bridge.Ask("", password: false);
    }

    public override int Peek()
    {
        Fill();
        return pending is null ? -1 : pending[position];
    }

    public override int Read()
    {
        Fill();
        if (pending is null) return -1;
        var c = pending[position++];
        if (position >= pending.Length) pending = null;
        return c;
    }

    public override string ReadToEnd() => ReadLine() ?? "";

    private void Fill()
    {
        if (pending is not null) return;
        pending = bridge.Ask("", password: false) + "\n";
        position = 0;
    }
}
