using System.CommandLine;

namespace EGov.Cli.Kernel;

/// <summary><c>egov kernel install [--uninstall]</c> and <c>egov kernel check</c>.</summary>
internal static class KernelCommand
{
    public static Command Create()
    {
        var uninstall = new Option<bool>("--uninstall") { Description = "Remove the kernelspec and the project-local tool instead." };
        var tools = new Option<string>("--tools") { Description = "Project-local tool folder (ignored by git).", DefaultValueFactory = _ => ".tools" };
        var install = new Command("install", "Install the pinned dotnet-interactive kernel for Jupyter/VS Code, fixed for Deedle and Plotly.NET (idempotent).")
        {
            uninstall, tools,
        };
        install.SetAction(parse =>
        {
            var installer = new KernelInstaller(Path.GetFullPath(parse.GetValue(tools)!), Console.Out);
            try { return parse.GetValue(uninstall) ? installer.Uninstall() : installer.Install(); }
            catch (InvalidOperationException e) { Console.Error.WriteLine("egov kernel install: " + e.Message); return 1; }
        });
        return new Command("kernel", "The real .NET Interactive kernel for Jupyter and VS Code.") { install, ExecutedNotebookCheck.Create() };
    }
}
