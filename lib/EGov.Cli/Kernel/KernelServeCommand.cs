using System.CommandLine;
using EGov.Cli.Kernel.Jupyter;
using NetMQ;

namespace EGov.Cli.Kernel;

/// <summary>
/// The hidden <c>egov kernel serve --connection-file FILE</c>: the Jupyter kernel that <c>egov kernel install</c>
/// registers. It listens only on the five ZeroMQ ports of the connection file, at its IP (127.0.0.1), and runs only
/// messages signed with its key; there is no HTTP server.
/// </summary>
internal static class KernelServeCommand
{
    public static Command Create()
    {
        var file = new Option<string>("--connection-file") { Required = true, Description = "The Jupyter connection file (ports, IP and signing key)." };
        var command = new Command("serve", "Run the Jupyter kernel (started by Jupyter through the kernelspec).") { file };
        command.Hidden = true;
        command.SetAction(async (parse, _) =>
        {
            // The C# kernel captures Console.Out and Console.Error into cell output: this process logs to the real stderr.
            var log = TextWriter.Synchronized(new StreamWriter(Console.OpenStandardError()) { AutoFlush = true });
            ConnectionInfo connection;
            try
            {
                connection = ConnectionInfo.Read(parse.GetValue(file)!, out var warnings);
                foreach (var warning in warnings) await log.WriteLineAsync("egov kernel serve: warning: " + warning);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                await log.WriteLineAsync("egov kernel serve: " + e.Message);
                return 2;
            }
            int exit;
            try
            {
                using var kernel = new JupyterKernel(connection, log);
                exit = await kernel.RunAsync();
            }
            catch (NetMQException e)
            {
                await log.WriteLineAsync($"egov kernel serve: cannot listen on {connection.Ip}: {e.Message}");
                exit = 1;
            }
            NetMQConfig.Cleanup(block: false);
            // Code a cell started (a thread, a busy loop) must not keep the process alive after shutdown.
            Environment.Exit(exit);
            return exit;
        });
        return command;
    }
}
