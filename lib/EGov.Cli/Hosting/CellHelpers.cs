using Microsoft.AspNetCore.Html;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Formatting;
using InteractiveKernel = Microsoft.DotNet.Interactive.Kernel;

namespace EGov.Cli.Hosting;

/// <summary>
/// The functions every cell can call without a prefix (the kernel imports them with <c>using static</c> before the first
/// cell, in <c>egov run</c> and in <c>egov kernel serve</c>): those of .NET Interactive's kernel (<c>display</c>,
/// <c>HTML</c>, <c>GetInputAsync</c>, ...), with <c>display</c> returning a value whose <c>Update</c> changes the output it
/// showed, and <see cref="ClearOutput"/>.
/// </summary>
public static class CellHelpers
{
    /// <summary>
    /// Shows <paramref name="value"/> as an output of the cell (formatted for <paramref name="mimeTypes"/>, or as the kernel
    /// prefers); <c>Update(newValue)</c> on the result replaces that output, in Jupyter and in <c>egov run</c>'s notebook.
    /// </summary>
    /// <remarks>
    /// .NET Interactive's own <c>display</c> returns another object than the one it shows, whose display id differs, so its
    /// updates change nothing; this one shows and returns the same object.
    /// </remarks>
    public static DisplayedValue display(object value, params string[] mimeTypes) =>
        KernelInvocationContext.Current is { } context ? context.Display(value, mimeTypes) : value.Display(mimeTypes);

    /// <summary>
    /// <c>value.Display()</c> as .NET Interactive has it for every object, with an <c>Update</c> that changes the output
    /// shown (see <see cref="display"/>). For a value whose static type is <c>object</c>, C# picks .NET Interactive's own
    /// extension (no update): call <c>display(value)</c> there.
    /// </summary>
    public static DisplayedValue Display<T>(this T value, params string[] mimeTypes) => display(value!, mimeTypes);

    /// <summary>
    /// Clears the outputs of the running cell: with <paramref name="wait"/>, when its next output comes (a line that
    /// replaces itself, e.g. progress, without flicker). Jupyter clients get <c>clear_output</c>; <c>egov run</c> clears
    /// the cell's saved outputs the same way.
    /// </summary>
    public static void ClearOutput(bool wait = false)
    {
        if (KernelInvocationContext.Current is { } context) context.Publish(new ClearOutputRequested(wait, context.Command));
    }

    /// <summary>The kernel running the cell.</summary>
    public static InteractiveKernel Current => InteractiveKernel.Current;

    /// <summary>The root (composite) kernel.</summary>
    public static InteractiveKernel Root => InteractiveKernel.Root;

    /// <summary>HTML written as it is (not encoded), to display.</summary>
    public static IHtmlContent HTML(string content) => InteractiveKernel.HTML(content);

    /// <summary>Adds a style sheet to the page (through a script).</summary>
    public static void CSS(string content) => InteractiveKernel.CSS(content);

    /// <summary>Runs a script in the page.</summary>
    public static void Javascript(string scriptContent) => InteractiveKernel.Javascript(scriptContent);

    /// <summary>Asks the user for a line of input (see the kernel's input source).</summary>
    public static Task<string> GetInputAsync(string prompt = "", string typeHint = "text") => InteractiveKernel.GetInputAsync(prompt, typeHint);

    /// <summary>Asks the user for several inputs.</summary>
    public static Task<IDictionary<string, string>> GetInputsAsync(IEnumerable<InputDescription> inputDescriptions) =>
        InteractiveKernel.GetInputsAsync(inputDescriptions);

    /// <summary>Asks the user for a password (not shown while typed).</summary>
    public static Task<PasswordString> GetPasswordAsync(string prompt = "") => InteractiveKernel.GetPasswordAsync(prompt);
}
