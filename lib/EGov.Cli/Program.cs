using System.CommandLine;
using EGov.Cli;
using EGov.Cli.Run.Worker;

var root = new RootCommand("egov: the UN E-Government Survey notebooks' command line.");
root.Subcommands.Add(SummaryCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(EGov.Cli.Run.RunCommand.Create());
root.Subcommands.Add(EGov.Cli.Notebooks.NotebooksCommand.Create());
root.Subcommands.Add(EGov.Cli.Kernel.KernelCommand.Create());
root.Subcommands.Add(EGov.Cli.Publish.PublishCommand.Create());
root.Subcommands.Add(RunNotebookCommand.Create());
// `egov run` handles Ctrl+C itself (it must stop its notebook processes), so System.CommandLine must not end the process.
return root.Parse(args).Invoke(new InvocationConfiguration { ProcessTerminationTimeout = null });
