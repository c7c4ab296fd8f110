using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>The kernel_info_reply content: protocol 5.3, language C# (language_info name "csharp", .cs, text/x-csharp).</summary>
internal static class KernelInfoReply
{
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
            ["help_links"] = new JsonArray(),
            ["debugger"] = false,
        };
    }
}
