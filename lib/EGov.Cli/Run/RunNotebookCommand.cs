using System.CommandLine;

namespace EGov.Cli.Run;

/// <summary>
/// The hidden command of the notebook processes: <c>egov run-notebooks --out DIR</c>. <c>egov run</c> starts it and sends
/// it the notebooks to run on stdin (<see cref="WorkerProtocol"/>); <c>--out</c> names the run's output folder, so the
/// process is recognisable in a process list.
/// </summary>
internal static class RunNotebookCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "run-notebooks";

    public static Command Create()
    {
        var output = new Option<string>("--out") { Required = true };
        var command = new Command(Name, "Execute the notebooks `egov run` sends on stdin, each in a new kernel of this process.") { output };
        command.Hidden = true;
        command.SetAction(async (_, _) => await WorkerLoop.ServeAsync());
        return command;
    }
}
