using System.CommandLine;
using EGov.Cli;

var root = new RootCommand("egov: the UN E-Government Survey notebooks' command line.");
root.Subcommands.Add(SummaryCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(BenchmarkCommand.Create());
root.Subcommands.Add(EGov.Cli.Run.RunCommand.Create());
root.Subcommands.Add(EGov.Cli.Notebooks.NotebooksCommand.Create());
root.Subcommands.Add(EGov.Cli.Kernel.KernelCommand.Create());
root.Subcommands.Add(EGov.Cli.Run.RunNotebookCommand.Create());
return root.Parse(args).Invoke();
