using System.Reactive.Linq;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace EGov.Cli.Hosting;

/// <summary>
/// A C# kernel as the dotnet-interactive tool sets it up, built from the libraries: <c>#r "nuget:"</c> restores through the
/// configured NuGet sources and adds the assemblies; packages' kernel extensions (<c>interactive-extensions/dotnet</c>, e.g.
/// Plotly.NET.Interactive) are loaded once the cell that added them has finished.
/// </summary>
internal sealed class KernelHost : IDisposable
{
    private readonly List<string> pendingExtensions = [];
    private readonly HashSet<string> loadedExtensions = new(StringComparer.Ordinal);

    public KernelHost()
    {
        // UseKernelHelpers: display(), HTML(), ... as in the dotnet-interactive tool's kernel (a `using static` run before the first cell).
        CSharp = new CSharpKernel().UseKernelHelpers();
        CSharp.UseNugetDirective((kernel, references) =>
        {
            ((CSharpKernel)kernel).AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
            foreach (var reference in references)
            {
                var folder = Path.Combine(reference.PackageRoot, "interactive-extensions", "dotnet");
                if (Directory.Exists(folder)) lock (pendingExtensions) pendingExtensions.AddRange(Directory.GetFiles(folder, "*.dll"));
            }
            return Task.CompletedTask;
        });
        Composite = new CompositeKernel { CSharp };
        Composite.DefaultKernelName = CSharp.Name;
    }

    /// <summary>The name cells are submitted to.</summary>
    public const string CSharpKernelName = "csharp";

    public CSharpKernel CSharp { get; }

    public CompositeKernel Composite { get; }

    /// <summary>
    /// Submits one cell's code to the C# kernel and then loads the kernel extensions of packages the cell added. Every
    /// caller (the cell loop of <c>egov run</c> and of <c>egov kernel serve</c>) goes through here.
    /// </summary>
    public async Task<KernelCommandResult> SubmitAsync(string code, CancellationToken cancellation = default)
    {
        var result = await Composite.SendAsync(new SubmitCode(code, CSharpKernelName), cancellation);
        await LoadPendingExtensionsAsync();
        return result;
    }

    /// <summary>Loads the kernel extensions of packages added by the last cell.</summary>
    public async Task LoadPendingExtensionsAsync()
    {
        string[] paths;
        lock (pendingExtensions) { paths = [.. pendingExtensions]; pendingExtensions.Clear(); }
        foreach (var path in paths.Where(loadedExtensions.Add))
        {
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
            foreach (var type in assembly.GetExportedTypes().Where(t => typeof(IKernelExtension).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }))
                if (Activator.CreateInstance(type) is IKernelExtension extension)
                    await extension.OnLoadAsync(Composite);
        }
    }

    public void Dispose() => Composite.Dispose();
}
