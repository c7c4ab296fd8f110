namespace EGov.Cli.Kernel.Jupyter;

/// <summary>The sockets of a Jupyter kernel that carry messages (the heartbeat only echoes).</summary>
internal enum KernelChannel
{
    /// <summary>Requests and replies (ROUTER).</summary>
    Shell,

    /// <summary>Interrupt and shutdown requests, served even while code runs (ROUTER).</summary>
    Control,

    /// <summary>Outputs and status for every client (PUB).</summary>
    IoPub,

    /// <summary>Input requests to the client (ROUTER); this kernel never asks for input.</summary>
    Stdin,
}
