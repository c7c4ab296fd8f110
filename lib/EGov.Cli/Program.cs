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
var parse = root.Parse(args);
// A command line that does not parse (an unknown option, a value that is not a number, a missing argument, an empty value) is a usage
// problem: exit 2 for every command, with one sentence per problem, never System.CommandLine's exit code 1.
if (UsageErrors.Any(parse)) return UsageErrors.Report(parse, Console.Error);
// `egov run` handles Ctrl+C itself (it must stop its notebook processes), so System.CommandLine must not end the process.
return parse.Invoke(new InvocationConfiguration { ProcessTerminationTimeout = null });
