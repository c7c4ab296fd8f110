using System.Text.Json.Nodes;

namespace EGov.Tests.Safety;

/// <summary>Notebooks for the safety tests: prose only (run without a kernel, in well under a second) unless code is given.</summary>
internal static class SafetyNotebooks
{
    public static string Prose(string folder, string name, string heading = "A notebook")
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, Notebook(new JsonObject { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = $"# {heading}\n\nSome prose.\n\n## A section\n\nMore." }));
        return path;
    }

    public static string Code(string folder, string name, string source)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, Notebook(new JsonObject
        {
            ["cell_type"] = "code", ["metadata"] = new JsonObject(), ["outputs"] = new JsonArray(), ["execution_count"] = null, ["source"] = source,
        }));
        return path;
    }

    private static string Notebook(JsonObject cell) => new JsonObject
    {
        ["nbformat"] = 4, ["nbformat_minor"] = 5, ["metadata"] = new JsonObject(), ["cells"] = new JsonArray(cell),
    }.ToJsonString();
}
