using Microsoft.DotNet.Interactive;

namespace EGov.Interactive;

/// <summary>
/// Sets up a notebook for the survey when the EGov package is added (<c>#r "nuget: EGov, VERSION"</c>): registers the
/// display of frames and charts (<see cref="Display.NotebookDisplay.Register"/>). The package's dependencies (Deedle,
/// Plotly.NET) are referenced by the same line.
/// </summary>
public sealed class EGovKernelExtension : IKernelExtension
{
    /// <summary>Called by the kernel once, after the cell that added the package.</summary>
    /// <param name="kernel">The kernel the package was added to.</param>
    public Task OnLoadAsync(Kernel kernel)
    {
        Display.NotebookDisplay.Register();
        return Task.CompletedTask;
    }
}
