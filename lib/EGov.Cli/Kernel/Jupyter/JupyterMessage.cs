using System.Globalization;
using System.Text.Json.Nodes;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// One message of the Jupyter messaging protocol (version 5.3): header, parent header, metadata and content, plus the
/// routing identities of the client that sent it (ROUTER sockets) so that a reply reaches that client.
/// </summary>
internal sealed record JupyterMessage(JsonObject Header, JsonObject ParentHeader, JsonObject Metadata, JsonObject Content)
{
    /// <summary>The protocol version this kernel speaks.</summary>
    public const string ProtocolVersion = "5.3";

    /// <summary>The ZeroMQ identities the message came with (empty for messages this kernel creates).</summary>
    public IReadOnlyList<byte[]> Identities { get; init; } = [];

    /// <summary>The order in which the kernel received the message (0 for messages this kernel creates).</summary>
    public long Sequence { get; init; }

    /// <summary>The message type, e.g. <c>execute_request</c>.</summary>
    public string Type => Header["msg_type"] is JsonValue value && value.TryGetValue<string>(out var type) ? type : "";

    /// <summary>A new message of this kernel's session; with a parent, it is a reply or output of that request.</summary>
    public static JupyterMessage Create(string type, JsonObject content, JupyterMessage? parent, string session)
    {
        var header = new JsonObject
        {
            ["msg_id"] = Guid.NewGuid().ToString("N"),
            ["session"] = session,
            ["username"] = parent?.Header["username"] is JsonValue user && user.TryGetValue<string>(out var name) ? name : "kernel",
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            ["msg_type"] = type,
            ["version"] = ProtocolVersion,
        };
        var parentHeader = parent is null ? new JsonObject() : (JsonObject)parent.Header.DeepClone();
        return new JupyterMessage(header, parentHeader, new JsonObject(), content) { Identities = parent?.Identities ?? [] };
    }
}
