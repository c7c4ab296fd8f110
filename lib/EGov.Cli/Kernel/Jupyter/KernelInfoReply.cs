using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>The kernel_info_reply content: protocol 5.3, language C# (language_info name "csharp", .cs, text/x-csharp).</summary>
internal static class KernelInfoReply
{
    /// <summary>
    /// The library's documentation in the checkout this program was built from (file URLs: the docs are the repository's
    /// own), or null for the installed .NET tool (no checkout: the help links are the packages' pages).
    /// </summary>
    private static string? ProjectDocs
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "EGov.slnx"))) folder = folder.Parent;
            return folder is null ? null : new Uri(folder.FullName + "/").AbsoluteUri;
        }
    }

    /// <summary>The project's own help links: its README and kernel docs in a checkout, else the two packages' pages (their READMEs).</summary>
    private static JsonNode[] ProjectLinks(string version) => ProjectDocs is { } docs
        ?
        [
            Link("E-Government Survey Notebooks (README)", docs + "README.md"),
            Link("The notebooks' Jupyter kernel", docs + "docs/kernel.md"),
        ]
        :
        [
            Link("The egov tool (EGov.Cli package)", $"https://www.nuget.org/packages/EGov.Cli/{version}"),
            Link("The survey library (EGov package)", $"https://www.nuget.org/packages/EGov/{version}"),
        ];

    private static JsonObject Link(string text, string url) => new() { ["text"] = text, ["url"] = url };

    public static JsonObject Content()
    {
        var version = typeof(KernelInfoReply).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        var csharp = LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString();
        return new JsonObject
        {
            ["status"] = "ok",
            ["protocol_version"] = JupyterMessage.ProtocolVersion,
            ["implementation"] = "egov",
            ["implementation_version"] = version.Split('+')[0],
            ["language_info"] = new JsonObject
            {
                ["name"] = "csharp",
                ["version"] = csharp,
                ["mimetype"] = "text/x-csharp",
                ["file_extension"] = ".cs",
                ["pygments_lexer"] = "csharp",
                ["codemirror_mode"] = "text/x-csharp",
            },
            ["banner"] = $"C# {csharp} (.NET Interactive's C# kernel, hosted by egov) on .NET {Environment.Version}",
            ["help_links"] = new JsonArray(
            [
                .. ProjectLinks(version.Split('+')[0]),
                Link("C# language reference", "https://learn.microsoft.com/dotnet/csharp/"),
                Link(".NET API browser", "https://learn.microsoft.com/dotnet/api/"),
                Link("Deedle (data frames)", "https://fslab.org/Deedle/"),
                Link("Plotly.NET (charts)", "https://plotly.net/"),
            ]),
            ["debugger"] = false,
        };
    }
}
