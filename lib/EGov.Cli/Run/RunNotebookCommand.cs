using System.CommandLine;

namespace EGov.Cli.Run;

/// <summary>
/// The hidden child command: <c>egov run-notebook NOTEBOOK --executed PATH --result PATH [--params-file PATH]</c>. The
/// parameters come in a file (a JSON array of "name=value"), not on the command line, which has a size limit.
/// </summary>
internal static class RunNotebookCommand
{
    public static Command Create()
    {
        var notebook = new Argument<string>("notebook");
        var executed = new Option<string>("--executed") { Required = true };
        var result = new Option<string>("--result") { Required = true };
        var parameters = new Option<string?>("--params-file");
        var command = new Command("run-notebook", "Execute one notebook in this process (used by `egov run`).") { notebook, executed, result, parameters };
        command.Hidden = true;
        command.SetAction(async (parse, _) =>
        {
            try
            {
                var file = parse.GetValue(parameters);
                var values = file is null ? [] : System.Text.Json.JsonSerializer.Deserialize<string[]>(await File.ReadAllTextAsync(file)) ?? [];
                var pairs = NotebookParameters.ParsePairs(values);
                return await NotebookWorker.RunAsync(parse.GetValue(notebook)!, parse.GetValue(executed)!, parse.GetValue(result)!, pairs);
            }
            catch (ParameterException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 2;
            }
        });
        return command;
    }
}
