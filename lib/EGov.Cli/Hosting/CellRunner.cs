using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;

namespace EGov.Cli.Hosting;

/// <summary>
/// Runs one cell, the same way for <c>egov run</c> (each code cell of a notebook in turn) and for <c>egov kernel serve</c>
/// (each execute_request): submits it through <see cref="KernelHost.SubmitAsync"/>, hands its outputs to a sink through
/// <see cref="OutputMapper"/> as they come, and ends them with the error if it failed.
/// </summary>
internal static class CellRunner
{
    /// <summary>
    /// Runs <paramref name="code"/> in <paramref name="host"/> (awaited here: a kernel that failed to build is the cell's
    /// error); returns why it failed, or null. A cell cancelled through <paramref name="cancellation"/> fails as interrupted.
    /// </summary>
    public static async Task<CellFailure?> RunAsync(Task<KernelHost> host, string code, int executionCount, ICellOutputSink sink, CancellationToken cancellation = default)
    {
        var mapper = new OutputMapper(executionCount, sink);
        KernelCommandResult? result = null;
        Exception? thrown = null;
        try
        {
            var kernel = await host;
            using (kernel.Composite.KernelEvents.Subscribe(mapper.On))
                result = await kernel.SubmitAsync(code, cancellation);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            thrown = e;
        }
        var interrupted = cancellation.IsCancellationRequested && (thrown is not null || result?.Events.OfType<CommandFailed>().Any() == true);
        return mapper.Finish(result, interrupted ? new OperationCanceledException() : thrown);
    }
}
