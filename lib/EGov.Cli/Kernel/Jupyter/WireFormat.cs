using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetMQ;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// The ZeroMQ frames of a Jupyter message: routing identities (or a PUB topic), the <c>&lt;IDS|MSG&gt;</c> delimiter, the
/// HMAC signature, then header, parent header, metadata and content as UTF-8 JSON, then optional binary buffers.
/// Incoming messages are checked against the raw frames before anything is parsed.
/// </summary>
internal static class WireFormat
{
    private static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The message in the frames, or <c>null</c> with the reason when it is malformed or not signed with the key.</summary>
    public static JupyterMessage? Decode(NetMQMessage frames, MessageAuthenticator authenticator, long sequence, out string problem)
    {
        var all = frames.Select(f => f.ToByteArray()).ToList();
        var delimiter = all.FindIndex(f => f.AsSpan().SequenceEqual(Delimiter));
        if (delimiter < 0 || all.Count - delimiter - 1 < 5)
        {
            problem = "malformed message (no delimiter or fewer than five frames after it)";
            return null;
        }
        var (signature, header, parent, metadata, content) = (all[delimiter + 1], all[delimiter + 2], all[delimiter + 3], all[delimiter + 4], all[delimiter + 5]);
        if (!authenticator.Accept(signature, header, parent, metadata, content))
        {
            problem = "invalid or reused HMAC signature";
            return null;
        }
        try
        {
            var message = new JupyterMessage(Object(header), Object(parent), Object(metadata), Object(content))
            {
                Identities = all.Take(delimiter).ToList(),
                Sequence = sequence,
            };
            problem = "";
            if (message.Type.Length > 0) return message;
            problem = "the header has no msg_type";
            return null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            problem = "signed but not JSON objects: " + e.Message;
            return null;
        }
    }

    /// <summary>The frames of a message: <paramref name="prefix"/> (identities or topic), delimiter, signature, JSON parts.</summary>
    public static NetMQMessage Encode(JupyterMessage message, IEnumerable<byte[]> prefix, MessageAuthenticator authenticator)
    {
        var header = Bytes(message.Header);
        var parent = Bytes(message.ParentHeader);
        var metadata = Bytes(message.Metadata);
        var content = Bytes(message.Content);
        var frames = new NetMQMessage();
        foreach (var frame in prefix) frames.Append(frame);
        frames.Append(Delimiter);
        frames.Append(Encoding.ASCII.GetBytes(authenticator.Sign(header, parent, metadata, content)));
        frames.Append(header);
        frames.Append(parent);
        frames.Append(metadata);
        frames.Append(content);
        return frames;
    }

    private static JsonObject Object(byte[] utf8) => JsonNode.Parse(utf8)?.AsObject() ?? new JsonObject();

    private static byte[] Bytes(JsonObject json) => JsonSerializer.SerializeToUtf8Bytes(json, Json);
}
