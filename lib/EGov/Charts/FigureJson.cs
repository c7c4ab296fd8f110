using System.Runtime.CompilerServices;
using Newtonsoft.Json;
using Plotly.NET;

namespace EGov.Charts;

/// <summary>
/// A chart's figure JSON, the same text as <see cref="GenericChart.toFigureJson"/> (Plotly.NET's own serializer and
/// settings), about 20 times faster: Newtonsoft serializes Plotly.NET's dynamic objects member by member through the
/// DLR, about 0.2 ms per object, and the layout's template (the default "plotly" template: about 470 objects, 8.5 KB
/// of JSON) took about 110 ms of every chart's 115 ms. A template is serialized once per template object and its text
/// reused (templates are shared values, e.g. Plotly.NET's default one; changing a template object in place after a
/// chart using it was shown is not seen: make a new template instead). Tests compare the text with toFigureJson.
/// </summary>
internal static class FigureJson
{
    private static readonly JsonSerializerSettings Settings = WithTemplateConverter(Globals.JSON_CONFIG);

    /// <summary>The figure JSON of <paramref name="chart"/> (<c>{"data": [...], "layout": {...}, "frames": []}</c>).</summary>
    public static string Of(GenericChart chart) => JsonConvert.SerializeObject(GenericChart.toFigure(chart), Settings);

    private static JsonSerializerSettings WithTemplateConverter(JsonSerializerSettings plotlyNet) =>
        new(plotlyNet) { Converters = [.. plotlyNet.Converters, new TemplateOnce()] };

    /// <summary>Writes a template as the text it was serialized to the first time (Plotly.NET's settings).</summary>
    private sealed class TemplateOnce : JsonConverter
    {
        private readonly ConditionalWeakTable<object, string> texts = [];

        public override bool CanConvert(Type objectType) => objectType == typeof(Template);

        public override bool CanRead => false;

        public override object ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("Figure JSON is only written here.");

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value is null) { writer.WriteNull(); return; }
            writer.WriteRawValue(texts.GetValue(value, template => JsonConvert.SerializeObject(template, Globals.JSON_CONFIG)));
        }
    }
}
