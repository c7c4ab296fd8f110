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

    /// <summary>The largest message accepted, all frames together (a cell of code is far smaller; a notebook's outputs are not sent to a kernel).</summary>
    public const int SizeLimit = 32 * 1024 * 1024;

    /// <summary>
    /// The message in the frames, or <c>null</c> with the reason when it is too large, malformed, not signed with the key,
    /// a replay (a signature seen before, or dated before <paramref name="notBefore"/>: a message captured before this
    /// kernel started) or its header is not the protocol's (msg_id, msg_type, session and date strings).
    /// </summary>
    public static JupyterMessage? Decode(NetMQMessage frames, MessageAuthenticator authenticator, long sequence, DateTimeOffset notBefore, out string problem)
    {
        long size = 0;
        foreach (var frame in frames) size += frame.MessageSize;
        if (size > SizeLimit)
        {
            problem = $"message of {size} bytes, more than the limit of {SizeLimit}";
            return null;
        }
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
            problem = HeaderProblem(message.Header, notBefore);
            return problem.Length == 0 ? message : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            problem = "signed but not four JSON objects (UTF-8): " + e.Message;
            return null;
        }
    }

    /// <summary>What is wrong with a request's header ("" when nothing): the fields the protocol requires, and its date.</summary>
    private static string HeaderProblem(JsonObject header, DateTimeOffset notBefore)
    {
        foreach (var name in new[] { "msg_id", "msg_type", "session", "date" })
            if (header[name] is not JsonValue value || !value.TryGetValue<string>(out var text) || text.Length == 0)
                return $"header field '{name}' is missing or not a non-empty string";
        foreach (var name in new[] { "username", "version" })
            if (header[name] is { } node && (node is not JsonValue value || !value.TryGetValue<string>(out _)))
                return $"header field '{name}' is not a string";
        var date = (string)header["date"]!;
        if (!DateTimeOffset.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeLocal, out var sent))
            return $"header date '{Shorten(date)}' is not an ISO 8601 date";
        if (sent < notBefore)
            return $"replay refused: dated {sent.UtcDateTime:O}, before this kernel started (allowing {ClockSkew.TotalSeconds:0} s of clock skew)";
        return "";
    }

    /// <summary>How much earlier than the kernel's start a message may be dated (clocks of client and kernel differ).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(5);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

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

    private static JsonObject Object(byte[] utf8) => JsonNode.Parse(utf8)?.AsObject() ?? throw new FormatException("a part is JSON null");

    private static byte[] Bytes(JsonObject json) => JsonSerializer.SerializeToUtf8Bytes(json, Json);
}
