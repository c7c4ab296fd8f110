using System.Reactive.Linq;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace EGov.Cli.Hosting;

/// <summary>
/// A C# kernel as the dotnet-interactive tool sets it up, built from the libraries: <c>#r "nuget:"</c> restores through the
/// configured NuGet sources and adds the assemblies; packages' kernel extensions (<c>interactive-extensions/dotnet</c>, e.g.
/// Plotly.NET.Interactive) are loaded once the cell that added them has finished. Cells call the functions of
/// <see cref="CellHelpers"/> unqualified; what they read (the console, .NET Interactive's input API) comes from <see cref="Input"/>.
/// </summary>
internal sealed class KernelHost : IDisposable
{
    private readonly List<string> pendingExtensions = [];
    private readonly HashSet<string> loadedExtensions = new(StringComparer.Ordinal);

    public KernelHost()
    {
        // display(), HTML(), ... as the dotnet-interactive tool's kernel has them (a `using static` run before the first cell),
        // from CellHelpers instead of .NET Interactive's Kernel class: its display() cannot be updated, and ClearOutput().
        CSharp = new CSharpKernel();
        CSharp.DeferCommand(new SubmitCode(
            $"#r \"{typeof(CellHelpers).Assembly.Location.Replace("\\", "/")}\"\n" +
            $"using static {typeof(CellHelpers).FullName};\n"));
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
        // .NET Interactive's input API (GetInputAsync, GetPasswordAsync) sends RequestInput to the root kernel.
        Composite.SetDefaultTargetKernelNameForCommand(typeof(RequestInput), Composite.Name);
        Composite.RegisterCommandHandler<RequestInput>((request, context) =>
        {
            context.Publish(new InputProduced(ReadInputLine(request.Prompt, request.IsPassword), request));
            return Task.CompletedTask;
        });
        Console.SetIn(new CellInputReader(this));
    }

    /// <summary>
    /// What cells read: <c>Console.In</c> and .NET Interactive's input API. The Jupyter kernel sets one that asks the client
    /// (input_request); <c>egov run</c> sets <see cref="NoCellInput.ForRun"/>. Read when a cell asks, so it may be replaced between cells.
    /// </summary>
    public ICellInput Input { get; set; } = NoCellInput.Unattached;

    /// <summary>One line from <see cref="Input"/> for the running cell (the request ends when the cell is interrupted).</summary>
    internal string ReadInputLine(string prompt, bool password) =>
        Input.ReadLine(prompt, password, KernelInvocationContext.Current?.CancellationToken ?? CancellationToken.None);

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
