using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace EGov.Cli.Hosting;

/// <summary>The kernel event of <see cref="CellHelpers.ClearOutput"/>: the running cell asked to clear its outputs.</summary>
internal sealed class ClearOutputRequested(bool wait, KernelCommand command) : KernelEvent(command)
{
    /// <summary>Clear when the next output comes, not at once.</summary>
    public bool Wait { get; } = wait;
}
