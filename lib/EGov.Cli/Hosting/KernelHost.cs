using System.Reactive.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
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
/// Every cell is rewritten to be interruptible (<see cref="InterruptRewriter"/>, <see cref="CellInterrupt"/>).
/// </summary>
internal sealed class KernelHost : IDisposable
{
    /// <summary>How long an interrupted cell's code gets to reach a check before its command is cancelled anyway.</summary>
    private static readonly TimeSpan InterruptGrace = TimeSpan.FromMilliseconds(500);

    /// <summary>The C# kernel's script options (private in .NET Interactive 1.0.0-beta.26120.1, pinned): cells are compiled with them before the rewrite.</summary>
    private static readonly FieldInfo? ScriptOptionsField = typeof(CSharpKernel).GetField("_scriptOptions", BindingFlags.Instance | BindingFlags.NonPublic);

    private readonly List<string> pendingExtensions = [];
    private readonly HashSet<string> loadedExtensions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim submitting = new(1, 1);
    private CellRun? lastRun;

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
        // The checks the rewrite inserts call CellInterrupt in this assembly (already loaded: the cells see this copy).
        CSharp.AddAssemblyReferences([typeof(CellInterrupt).Assembly.Location]);
        // Tells each cell's run when the kernel's handler for its code has really returned (a cancelled command returns earlier).
        CSharp.AddMiddleware(async (command, context, next) =>
        {
            var run = command is SubmitCode ? CellInterrupt.CurrentRun : null;
            run?.HandlerStarted();
            try { await next(command, context); }
            finally { run?.HandlerReturned(); }
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

    /// <summary>
    /// Whether cells are rewritten to be interruptible: unless the kernel's script options cannot be read, or the environment
    /// variable <c>EGOV_INTERRUPT_CHECKS</c> is <c>0</c> (cells then run as written, and interrupt cannot stop a busy loop).
    /// </summary>
    public static bool RewritesCells => ScriptOptionsField is not null && Environment.GetEnvironmentVariable("EGOV_INTERRUPT_CHECKS") != "0";

    /// <summary>The name cells are submitted to.</summary>
    public const string CSharpKernelName = "csharp";

    public CSharpKernel CSharp { get; }

    public CompositeKernel Composite { get; }

    /// <summary>
    /// Submits one cell's code to the C# kernel and then loads the kernel extensions of packages the cell added. Every
    /// caller (the cell loop of <c>egov run</c> and of <c>egov kernel serve</c>) goes through here.
    /// </summary>
    /// <remarks>
    /// The code is rewritten so that its loops and functions check for an interrupt (<see cref="InterruptRewriter"/>).
    /// Cancelling <paramref name="cancellation"/> interrupts the cell: its next check throws
    /// <see cref="OperationCanceledException"/>, the cell ends as failed and the kernel keeps its state (variables, loaded
    /// data). Code that reaches no check (a long call into a library, a blocking native call) gets
    /// <see cref="InterruptGrace"/>; then the command is cancelled and this throws, while that code runs on until it
    /// returns: the next cell waits for it, so two cells never run at once.
    /// </remarks>
    public async Task<KernelCommandResult> SubmitAsync(string code, CancellationToken cancellation = default)
    {
        await submitting.WaitAsync(cancellation);
        try
        {
            if (lastRun is { } previous) await previous.Stopped.WaitAsync(cancellation);
            var submitted = RewritesCells ? Rewrite(code) : code;
            var run = lastRun = CellInterrupt.Begin();
            using var command = new CancellationTokenSource();
            using var interrupt = cancellation.Register(() =>
            {
                run.Interrupt();
                try { command.CancelAfter(InterruptGrace); }
                catch (ObjectDisposedException) { /* the cell ended meanwhile */ }
            });
            KernelCommandResult result;
            try { result = await Composite.SendAsync(new SubmitCode(submitted, CSharpKernelName), command.Token); }
            finally { run.CommandReturned(); }
            if (command.IsCancellationRequested && !run.Stopped.IsCompleted)
                throw new OperationCanceledException("the cell was interrupted, but its code is still running inside a call that does not check for interrupts; the next cell starts when that call returns", cancellation);
            await LoadPendingExtensionsAsync();
            return result;
        }
        finally { submitting.Release(); }
    }

    /// <summary>The code to submit for a cell: rewritten to check for interrupts, or as written (see <see cref="InterruptRewriter"/>).</summary>
    internal string Rewrite(string code)
    {
        try { return InterruptRewriter.Rewrite(code, Compile); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The rewrite only adds checks: if it fails, the cell runs as written (and cannot be interrupted).
            using var log = new StreamWriter(Console.OpenStandardError());
            log.WriteLine($"egov: the cell is not interruptible (rewriting it failed: {e.GetType().Name}: {e.Message})");
            return code;
        }
    }

    /// <summary>Compiles a cell as the C# kernel would compile it next: after its script state, with its options.</summary>
    private Compilation? Compile(string code)
    {
        if (ScriptOptionsField?.GetValue(CSharp) is not ScriptOptions options) return null;
        var script = CSharp.ScriptState?.Script.ContinueWith(code, options)
                     // Before the first cell the kernel has run nothing yet but the deferred helpers' using (CellHelpers).
                     ?? CSharpScript.Create($"using static {typeof(CellHelpers).FullName};", options).ContinueWith(code, options);
        return script.GetCompilation();
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

    public void Dispose()
    {
        Composite.Dispose();
        submitting.Dispose();
    }
}
