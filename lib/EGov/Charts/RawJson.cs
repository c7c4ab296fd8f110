using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace EGov.Charts;

/// <summary>
/// A JSON value that a <see cref="JsonNode"/> tree holds as text and writes as it is (<see cref="Utf8JsonWriter.WriteRawValue(string, bool)"/>):
/// large constant parts of a figure (a map's country geometry) are serialized once, not copied node by node into every
/// figure. Reading such a node as an object or array needs a parse of its text (<see cref="JsonNode.ToJsonString"/>).
/// </summary>
internal sealed class RawJson
{
    private static readonly JsonTypeInfo<RawJson> TypeInfo =
        JsonMetadataServices.CreateValueInfo<RawJson>(JsonSerializerOptions.Default, new Converter());

    private RawJson(string text) => Text = text;

    /// <summary>The JSON text, valid and compact.</summary>
    public string Text { get; }

    /// <summary>A node that writes <paramref name="json"/> (valid JSON, e.g. made by <see cref="JsonNode.ToJsonString"/>) as it is.</summary>
    public static JsonNode Node(string json) => JsonValue.Create(new RawJson(json), TypeInfo)!;

    private sealed class Converter : JsonConverter<RawJson>
    {
        public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonElement.ParseValue(ref reader).GetRawText());

        public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Text, skipInputValidation: true);
    }
}
