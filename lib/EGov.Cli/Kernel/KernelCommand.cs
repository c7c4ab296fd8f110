using System.CommandLine;

namespace EGov.Cli.Kernel;

/// <summary><c>egov kernel install [--name NAME] [--uninstall]</c>, <c>egov kernel check</c> and the hidden <c>egov kernel serve</c>.</summary>
internal static class KernelCommand
{
    public static Command Create()
    {
        var uninstall = new Option<bool>("--uninstall") { Description = "Remove the kernelspec instead." };
        var name = new Option<string>("--name")
        {
            Description = "The kernelspec name (default .net-csharp, the name the notebooks ask for); another name registers a second kernel.",
            DefaultValueFactory = _ => KernelInstaller.DefaultName,
        };
        var install = new Command("install", "Register this program as the Jupyter kernel for Jupyter and VS Code (idempotent; prints every change).")
        {
            uninstall, name,
        };
        install.SetAction(parse =>
        {
            var kernelName = parse.GetValue(name)!;
            if (kernelName.Length == 0 || kernelName.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
            {
                Console.Error.WriteLine($"egov kernel install: '{kernelName}' is not a kernelspec name (letters, digits, '.', '-', '_')");
                return 2;
            }
            var installer = new KernelInstaller(kernelName, Console.Out);
            try { return parse.GetValue(uninstall) ? installer.Uninstall() : installer.Install(); }
            catch (InvalidOperationException e) { Console.Error.WriteLine("egov kernel install: " + e.Message); return 1; }
        });
        return new Command("kernel", "The Jupyter kernel for the notebooks (Jupyter, VS Code).") { install, ExecutedNotebookCheck.Create(), KernelServeCommand.Create() };
    }
}
