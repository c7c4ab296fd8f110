using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using KernelHost = EGov.Cli.Hosting.KernelHost;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// .NET Interactive's input API (<c>Kernel.GetInputAsync</c>, <c>Kernel.GetPasswordAsync</c>, <c>RequestInput</c>) answered
/// by the Jupyter client over the stdin channel (<see cref="StdinBridge"/>); a password's input_request asks the client
/// to hide what is typed. Without this handler the kernel throws NoSuitableKernelException.
/// </summary>
internal static class InputRequests
{
    public static void Register(KernelHost host, StdinBridge stdin)
    {
        Task Handle(RequestInput command, KernelInvocationContext context)
        {
            var password = command.IsPassword || string.Equals(command.InputTypeHint, "password", StringComparison.OrdinalIgnoreCase);
            var value = stdin.Ask(command.Prompt ?? "", password);
            context.Publish(new InputProduced(value, command));
            return Task.CompletedTask;
        }
        host.CSharp.RegisterCommandHandler<RequestInput>(Handle);
        host.Composite.RegisterCommandHandler<RequestInput>(Handle);
    }
}
