using System.Text;
using System.Threading.Channels;
using NetMQ;
using NetMQ.Sockets;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// The five ZeroMQ sockets of a Jupyter kernel, bound to the connection file's address only, served by one poller thread
/// that never runs user code: it echoes heartbeats, checks every incoming message's signature (a message that fails is
/// logged and dropped, never handed on) and sends what other threads queued. Verified shell and control requests are
/// handed to two readers, so an interrupt or shutdown is served while code runs.
/// </summary>
internal sealed class KernelSockets : IDisposable
{
    private readonly ConnectionInfo connection;
    private readonly MessageAuthenticator authenticator;
    private readonly TextWriter log;
    private readonly RouterSocket shell = new();
    private readonly RouterSocket control = new();
    private readonly RouterSocket stdin = new();
    private readonly PublisherSocket iopub = new();
    private readonly ResponseSocket heartbeat = new();
    private readonly NetMQQueue<(KernelChannel Channel, JupyterMessage Message)> outgoing = new();
    private readonly NetMQPoller poller;
    private readonly Channel<JupyterMessage> shellRequests = Channel.CreateUnbounded<JupyterMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<JupyterMessage> controlRequests = Channel.CreateUnbounded<JupyterMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<JupyterMessage> stdinReplies = Channel.CreateUnbounded<JupyterMessage>(new UnboundedChannelOptions { SingleReader = true });
    // Messages dated before this process started were captured before it (a replay after a restart from the same connection file).
    private readonly DateTimeOffset notBefore = new DateTimeOffset(System.Diagnostics.Process.GetCurrentProcess().StartTime) - WireFormat.ClockSkew;
    private long received;
    private int pending;

    public KernelSockets(ConnectionInfo connection, TextWriter log)
    {
        this.connection = connection;
        this.log = log;
        authenticator = new MessageAuthenticator(connection.Key);
        foreach (var socket in new NetMQSocket[] { shell, control, stdin, iopub, heartbeat })
        {
            socket.Options.Linger = TimeSpan.FromSeconds(1);
            // A peer that sends a larger frame is disconnected by ZeroMQ before the frame is held in memory.
            socket.Options.MaxMsgSize = WireFormat.SizeLimit;
        }
        shell.ReceiveReady += (_, e) => Receive(e.Socket, KernelChannel.Shell, shellRequests);
        control.ReceiveReady += (_, e) => Receive(e.Socket, KernelChannel.Control, controlRequests);
        stdin.ReceiveReady += (_, e) => Receive(e.Socket, KernelChannel.Stdin, stdinReplies);
        heartbeat.ReceiveReady += (_, e) =>
        {
            var ping = e.Socket.ReceiveMultipartMessage();
            e.Socket.SendMultipartMessage(ping);
        };
        outgoing.ReceiveReady += (_, e) =>
        {
            while (e.Queue.TryDequeue(out var item, TimeSpan.Zero))
            {
                SendNow(item.Channel, item.Message);
                Interlocked.Decrement(ref pending);
            }
        };
        poller = new NetMQPoller { shell, control, stdin, heartbeat, outgoing };
    }

    /// <summary>Handles an interrupt_request that came on shell at once (on the socket thread), not after the queued requests.</summary>
    public Action<JupyterMessage>? ShellInterrupt { get; set; }

    /// <summary>This kernel's session id (the <c>session</c> of every message it sends).</summary>
    public string Session { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Verified shell requests, in the order received.</summary>
    public ChannelReader<JupyterMessage> ShellRequests => shellRequests.Reader;

    /// <summary>Verified control requests, in the order received.</summary>
    public ChannelReader<JupyterMessage> ControlRequests => controlRequests.Reader;

    /// <summary>Called with every message queued for sending (e.g. to keep a cell's result for the history).</summary>
    public event Action<KernelChannel, JupyterMessage>? Sending;

    /// <summary>Verified messages from the clients' stdin sockets (input_reply), in the order received.</summary>
    public ChannelReader<JupyterMessage> StdinReplies => stdinReplies.Reader;

    /// <summary>
    /// Stops answering heartbeats (the kernel cannot serve requests any more): Jupyter then sees a dead kernel and can
    /// restart it, instead of showing a live kernel that never answers.
    /// </summary>
    public void StopHeartbeat()
    {
        // Removed on the poller's own thread, then closed: the heartbeat port stops answering.
        try { poller.RemoveAndDispose(heartbeat); }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or ObjectDisposedException or NetMQException) { /* already closed */ }
    }

    /// <summary>The sequence number of the last message received on shell or control.</summary>
    public long LastReceived => Interlocked.Read(ref received);

    /// <summary>Binds every socket to the connection file's IP and ports and starts serving them.</summary>
    public void Start()
    {
        shell.Bind(connection.Address(connection.ShellPort));
        control.Bind(connection.Address(connection.ControlPort));
        stdin.Bind(connection.Address(connection.StdinPort));
        iopub.Bind(connection.Address(connection.IopubPort));
        heartbeat.Bind(connection.Address(connection.HeartbeatPort));
        poller.RunAsync("egov kernel sockets");
    }

    /// <summary>Queues a message for sending (thread-safe); replies go back to the request's client, iopub to every client.</summary>
    public void Send(KernelChannel channel, JupyterMessage message)
    {
        Sending?.Invoke(channel, message);
        Interlocked.Increment(ref pending);
        outgoing.Enqueue((channel, message));
    }

    /// <summary>Waits (at most <paramref name="limit"/>) until every queued message was handed to its socket.</summary>
    public async Task FlushAsync(TimeSpan limit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (Volatile.Read(ref pending) > 0 && clock.Elapsed < limit) await Task.Delay(10);
    }

    private void Receive(NetMQSocket socket, KernelChannel channel, Channel<JupyterMessage>? requests)
    {
        // The poller thread is the heartbeat too: nothing a client sends may end it.
        try { ReceiveOne(socket, channel, requests); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.WriteLine($"egov kernel: dropped a message on {channel.ToString().ToLowerInvariant()}: {e.GetType().Name}: {e.Message}");
        }
    }

    private void ReceiveOne(NetMQSocket socket, KernelChannel channel, Channel<JupyterMessage>? requests)
    {
        var frames = socket.ReceiveMultipartMessage();
        var sequence = Interlocked.Increment(ref received);
        var message = WireFormat.Decode(frames, authenticator, sequence, notBefore, out var problem);
        if (message is null)
        {
            log.WriteLine($"egov kernel: dropped a message on {channel.ToString().ToLowerInvariant()}: {problem}");
            return;
        }
        // VS Code's Jupyter extension sends interrupt_request on shell (microsoft/vscode-jupyter#17143), behind the running cell.
        if (channel == KernelChannel.Shell && message.Type == "interrupt_request" && ShellInterrupt is { } interrupt)
        {
            interrupt(message);
            return;
        }
        if (requests is null || !requests.Writer.TryWrite(message))
            log.WriteLine($"egov kernel: ignored {message.Type} on {channel.ToString().ToLowerInvariant()}");
    }

    private void SendNow(KernelChannel channel, JupyterMessage message)
    {
        var (socket, prefix) = channel switch
        {
            KernelChannel.Shell => ((NetMQSocket)shell, message.Identities),
            KernelChannel.Control => (control, message.Identities),
            KernelChannel.Stdin => (stdin, message.Identities),
            _ => (iopub, (IReadOnlyList<byte[]>)[Encoding.UTF8.GetBytes($"kernel.{Session}.{message.Type}")]),
        };
        try { socket.SendMultipartMessage(WireFormat.Encode(message, prefix, authenticator)); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.WriteLine($"egov kernel: could not send {message.Type} on {channel.ToString().ToLowerInvariant()}: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Stops the poller and closes the sockets (pending sends get up to a second).</summary>
    public void Dispose()
    {
        if (poller.IsRunning) poller.Stop();
        poller.Dispose();
        foreach (var socket in new NetMQSocket[] { shell, control, stdin, iopub, heartbeat })
            if (!socket.IsDisposed) socket.Dispose();
        outgoing.Dispose();
        shellRequests.Writer.TryComplete();
        controlRequests.Writer.TryComplete();
        stdinReplies.Writer.TryComplete();
    }
}
