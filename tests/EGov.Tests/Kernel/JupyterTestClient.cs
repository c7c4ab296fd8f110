using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;

namespace EGov.Tests.Kernel;

/// <summary>A message as the test client received it; <see cref="SignatureValid"/> says whether the kernel signed it with the key.</summary>
internal sealed record ReceivedMessage(string Type, JsonObject Header, JsonObject ParentHeader, JsonObject Content, bool SignatureValid)
{
    public string ParentId => (string?)ParentHeader["msg_id"] ?? "";
}

/// <summary>
/// A minimal Jupyter client written for the tests (its own framing and HMAC code, independent of the kernel's), over
/// NetMQ to 127.0.0.1: DEALER sockets for shell and control, SUB for iopub.
/// </summary>
internal sealed class JupyterTestClient : IDisposable
{
    private static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();
    private readonly DealerSocket shell = new();
    private readonly DealerSocket control = new();
    private readonly SubscriberSocket iopub = new();
    private readonly string session = Guid.NewGuid().ToString("N");

    /// <summary>The kernel's signing key.</summary>
    public byte[] Key { get; }

    public JupyterTestClient(KernelProcess kernel)
    {
        Key = Encoding.UTF8.GetBytes(kernel.Key);
        foreach (var socket in new NetMQSocket[] { shell, control, iopub }) socket.Options.Linger = TimeSpan.Zero;
        shell.Connect($"tcp://127.0.0.1:{kernel.Ports[0]}");
        iopub.Connect($"tcp://127.0.0.1:{kernel.Ports[1]}");
        control.Connect($"tcp://127.0.0.1:{kernel.Ports[3]}");
        iopub.SubscribeToAnyTopic();
    }

    /// <summary>Waits until the kernel answers kernel_info and iopub delivers (PUB/SUB drops messages until subscribed).</summary>
    public void WaitForReady(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            var id = Send("shell", "kernel_info_request", []);
            if (Receive("shell", TimeSpan.FromSeconds(5), id) is not null && DrainIopub(TimeSpan.FromSeconds(1)).Any(m => m.ParentId == id)) return;
        }
        throw new TimeoutException("the kernel did not get ready");
    }

    /// <summary>Sends a request signed with the kernel's key; returns its msg_id.</summary>
    public string Send(string channel, string type, JsonObject content) => SendFrames(channel, Frames(type, content, Key)).Id;

    /// <summary>Sends the frames of a request (see <see cref="Frames"/>) and returns them, to send them again (a replay).</summary>
    public (string Id, List<byte[]> Frames) SendFrames(string channel, (string Id, List<byte[]> Frames) message)
    {
        var frames = new NetMQMessage();
        foreach (var f in message.Frames) frames.Append(f);
        Socket(channel).SendMultipartMessage(frames);
        return message;
    }

    /// <summary>The frames of a request signed with <paramref name="signingKey"/> (null: an empty signature).</summary>
    public (string Id, List<byte[]> Frames) Frames(string type, JsonObject content, byte[]? signingKey)
    {
        var id = Guid.NewGuid().ToString("N");
        var header = new JsonObject
        {
            ["msg_id"] = id, ["session"] = session, ["username"] = "test", ["date"] = DateTime.UtcNow.ToString("O"),
            ["msg_type"] = type, ["version"] = "5.3",
        };
        var parts = new[] { header.ToJsonString(), "{}", "{}", content.ToJsonString() }.Select(Encoding.UTF8.GetBytes).ToList();
        var signature = signingKey is null ? [] : Encoding.ASCII.GetBytes(Sign(signingKey, parts));
        return (id, [Delimiter, signature, .. parts]);
    }

    /// <summary>Frames carrying any four parts (raw bytes: not necessarily JSON or UTF-8), signed with the kernel's key.</summary>
    public List<byte[]> SignedRaw(byte[] header, byte[] parent, byte[] metadata, byte[] content) =>
        [Delimiter, Encoding.ASCII.GetBytes(Sign(Key, [header, parent, metadata, content])), header, parent, metadata, content];

    /// <summary>A header as this client writes it, for tests that change one of its fields.</summary>
    public JsonObject Header(string type) => new()
    {
        ["msg_id"] = Guid.NewGuid().ToString("N"), ["session"] = session, ["username"] = "test", ["date"] = DateTime.UtcNow.ToString("O"),
        ["msg_type"] = type, ["version"] = "5.3",
    };

    /// <summary>Sends raw frames on a channel.</summary>
    public void SendRaw(string channel, IEnumerable<byte[]> frames)
    {
        var message = new NetMQMessage();
        foreach (var f in frames) message.Append(f);
        Socket(channel).SendMultipartMessage(message);
    }

    public static JsonObject Execute(string code, bool silent = false, bool storeHistory = true) => new()
    {
        ["code"] = code, ["silent"] = silent, ["store_history"] = storeHistory, ["user_expressions"] = new JsonObject(),
        ["allow_stdin"] = false, ["stop_on_error"] = true,
    };

    /// <summary>The next message on shell or control (for <paramref name="parentId"/> when given), or null after the limit.</summary>
    public ReceivedMessage? Receive(string channel, TimeSpan limit, string? parentId = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            var frames = new NetMQMessage();
            if (!Socket(channel).TryReceiveMultipartMessage(limit - clock.Elapsed, ref frames)) return null;
            var message = Parse(frames);
            if (parentId is null || message.ParentId == parentId) return message;
        }
        return null;
    }

    /// <summary>Every iopub message of one request, up to and including its idle status.</summary>
    public List<ReceivedMessage> IopubUntilIdle(string parentId, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var messages = new List<ReceivedMessage>();
        while (clock.Elapsed < limit)
        {
            var frames = new NetMQMessage();
            if (!iopub.TryReceiveMultipartMessage(limit - clock.Elapsed, ref frames)) break;
            var message = Parse(frames);
            if (message.ParentId != parentId) continue;
            messages.Add(message);
            if (message.Type == "status" && (string?)message.Content["execution_state"] == "idle") return messages;
        }
        throw new TimeoutException($"no idle status for {parentId}; got: {string.Join(", ", messages.Select(m => m.Type))}");
    }

    /// <summary>Whatever iopub delivers within the limit.</summary>
    public List<ReceivedMessage> DrainIopub(TimeSpan limit)
    {
        var messages = new List<ReceivedMessage>();
        var frames = new NetMQMessage();
        while (iopub.TryReceiveMultipartMessage(limit, ref frames))
        {
            messages.Add(Parse(frames));
            frames = new NetMQMessage();
        }
        return messages;
    }

    private NetMQSocket Socket(string channel) => channel switch { "shell" => shell, "control" => control, _ => throw new ArgumentException(channel) };

    private ReceivedMessage Parse(NetMQMessage message)
    {
        var frames = message.Select(f => f.ToByteArray()).ToList();
        var at = frames.FindIndex(f => f.AsSpan().SequenceEqual(Delimiter));
        var parts = frames.Skip(at + 2).Take(4).ToList();
        var valid = Encoding.ASCII.GetString(frames[at + 1]) == Sign(Key, parts);
        var header = JsonNode.Parse(parts[0])!.AsObject();
        return new ReceivedMessage((string)header["msg_type"]!, header, JsonNode.Parse(parts[1])!.AsObject(), JsonNode.Parse(parts[3])!.AsObject(), valid);
    }

    private static string Sign(byte[] signingKey, IEnumerable<byte[]> parts) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(signingKey, parts.SelectMany(p => p).ToArray()));

    public void Dispose()
    {
        shell.Dispose();
        control.Dispose();
        iopub.Dispose();
    }
}
