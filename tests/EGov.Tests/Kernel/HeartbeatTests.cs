using System.Net;
using System.Net.Sockets;
using EGov.Cli.Kernel.Jupyter;
using NetMQ;
using NetMQ.Sockets;

namespace EGov.Tests.Kernel;

/// <summary>
/// The heartbeat stops when the kernel cannot serve any more (<see cref="KernelSockets.StopHeartbeat"/>, called when a
/// serving loop fails): Jupyter then sees a dead kernel and restarts it, instead of a live one that never answers.
/// </summary>
public sealed class HeartbeatTests
{
    [Fact]
    public void After_StopHeartbeat_the_heartbeat_port_no_longer_answers()
    {
        var ports = FreePorts(5);
        var connection = new ConnectionInfo("127.0.0.1", ports[0], ports[1], ports[2], ports[3], ports[4], "0123456789abcdef0123456789abcdef"u8.ToArray());
        using var sockets = new KernelSockets(connection, TextWriter.Null);
        sockets.Start();

        Assert.True(Ping(ports[4]), "the heartbeat did not answer while serving");
        sockets.StopHeartbeat();
        Assert.False(Ping(ports[4]), "the heartbeat still answers after StopHeartbeat");
    }

    private static bool Ping(int port)
    {
        using var heartbeat = new RequestSocket();
        heartbeat.Options.Linger = TimeSpan.Zero;
        heartbeat.Connect($"tcp://127.0.0.1:{port}");
        heartbeat.SendFrame("ping");
        return heartbeat.TryReceiveFrameString(TimeSpan.FromSeconds(3), out var echo) && echo == "ping";
    }

    private static List<int> FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        foreach (var l in listeners) l.Start();
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToList();
        foreach (var l in listeners) l.Stop();
        return ports;
    }
}
