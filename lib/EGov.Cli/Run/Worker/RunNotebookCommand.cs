using System.CommandLine;
using EGov.Cli.Run.Precompile;

namespace EGov.Cli.Run.Worker;

/// <summary>
/// The hidden command of the notebook processes: <c>egov run-notebooks --out DIR</c>. <c>egov run</c> starts it and sends
/// it the notebooks to run on stdin (<see cref="WorkerProtocol"/>); <c>--out</c> names the run's output folder, so the
/// process is recognisable in a process list. <c>egov run-notebooks --precompile</c> makes the precompiled copy of this
/// program that notebook processes start from (<see cref="WorkerPrecompile"/>; <c>egov run</c> starts it in the background).
/// </summary>
internal static class RunNotebookCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "run-notebooks";

    /// <summary>The option that makes the precompiled copy instead of serving notebooks.</summary>
    public const string PrecompileOption = "--precompile";

    public static Command Create()
    {
        var output = new Option<string?>("--out");
        var precompile = new Option<bool>(PrecompileOption);
        var command = new Command(Name, "Execute the notebooks `egov run` sends on stdin, each in a new kernel of this process.") { output, precompile };
        command.Hidden = true;
        command.SetAction(async (parse, _) => parse.GetValue(precompile) ? await WorkerPrecompile.RunAsync() : await WorkerLoop.ServeAsync());
        return command;
    }
}
