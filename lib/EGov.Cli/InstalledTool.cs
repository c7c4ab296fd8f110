namespace EGov.Cli;

/// <summary>
/// Whether this program runs as the installed .NET tool (<c>dotnet tool install EGov.Cli</c>, command <c>egov</c>) rather
/// than from a checkout's build: nothing it does may then depend on the repository's layout.
/// </summary>
internal static class InstalledTool
{
    /// <summary>The tool's command (ToolCommandName in EGov.Cli.csproj).</summary>
    public const string CommandName = "egov";

    /// <summary>True when this program's folder holds the settings file every installed .NET tool has (DotnetToolSettings.xml).</summary>
    public static bool IsRunning => File.Exists(Path.Combine(AppContext.BaseDirectory, "DotnetToolSettings.xml"));

    /// <summary>
    /// The tool's launcher that started this process (e.g. <c>~/.dotnet/tools/egov</c>: it stays where it is when
    /// <c>dotnet tool update</c> replaces the tool's files), or null (started as <c>dotnet EGov.Cli.dll</c> or <c>dotnet tool run</c>).
    /// </summary>
    public static string? Launcher =>
        IsRunning && Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == CommandName ? path : null;
}
