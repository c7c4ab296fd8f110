namespace EGov.Cli.Run;

/// <summary>
/// One notebook for a worker: the notebook as the parent prepared it (<paramref name="Input"/>: parameters injected), its
/// own path (its folder is the working directory; the result names it), where the executed notebook and the result go.
/// </summary>
internal sealed record WorkerRequest(int Id, string Notebook, string Input, string Executed, string Result);
