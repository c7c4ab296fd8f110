using System.Text;
using System.Text.Json.Nodes;
using EGov.Tests.Run;
using NetMQ;

namespace EGov.Tests.Kernel;

/// <summary>
/// The Jupyter kernel (<c>egov kernel serve</c>) as a real process, spoken to over ZeroMQ on 127.0.0.1 by a client
/// written for the tests: kernel_info, execution with output, errors, signatures, interrupt and shutdown.
/// </summary>
public sealed class KernelServeTests : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(90);
    private readonly string folder = Directory.CreateTempSubdirectory("egov-kernel-serve-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Kernel_info_names_the_language_and_protocol_and_is_signed_with_the_key()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);

        var id = client.Send("shell", "kernel_info_request", []);
        var reply = client.Receive("shell", Long, id);
        var iopub = client.IopubUntilIdle(id, Long);

        Assert.NotNull(reply);
        Assert.True(reply.SignatureValid);
        Assert.Equal("kernel_info_reply", reply.Type);
        Assert.Equal("5.3", (string?)reply.Content["protocol_version"]);
        Assert.Equal("csharp", (string?)reply.Content["language_info"]?["name"]);
        Assert.Equal(".cs", (string?)reply.Content["language_info"]?["file_extension"]);
        Assert.Equal("text/x-csharp", (string?)reply.Content["language_info"]?["mimetype"]);
        Assert.Equal(["busy", "idle"], iopub.Where(m => m.Type == "status").Select(m => (string?)m.Content["execution_state"]));
        Assert.All(iopub, m => Assert.True(m.SignatureValid));
    }

    [Fact]
    public void Execute_publishes_stdout_and_the_value_and_replies_ok_with_the_count()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);

        var id = client.Send("shell", "execute_request", JupyterTestClient.Execute("Console.WriteLine(\"hello\"); 1 + 2"));
        var reply = client.Receive("shell", Long, id);
        var iopub = client.IopubUntilIdle(id, Long);

        Assert.NotNull(reply);
        Assert.Equal("execute_reply", reply.Type);
        Assert.Equal("ok", (string?)reply.Content["status"]);
        Assert.Equal(1, (int?)reply.Content["execution_count"]);
        Assert.Equal(["status", "execute_input", "stream", "execute_result", "status"], iopub.Select(m => m.Type));
        var stream = iopub.Single(m => m.Type == "stream");
        Assert.Equal("stdout", (string?)stream.Content["name"]);
        Assert.Equal("hello\n", (string?)stream.Content["text"]);
        var result = iopub.Single(m => m.Type == "execute_result");
        Assert.Equal(1, (int?)result.Content["execution_count"]);
        Assert.Equal("3", (string?)result.Content["data"]?["text/plain"]);
        Assert.Contains("3", (string?)result.Content["data"]?["text/html"]);
    }

    [Fact]
    public void Silent_execute_publishes_nothing_and_does_not_count()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);

        var silent = client.Send("shell", "execute_request", JupyterTestClient.Execute("Console.WriteLine(\"quiet\"); 7", silent: true));
        Assert.Equal("ok", (string?)client.Receive("shell", Long, silent)?.Content["status"]);
        Assert.Equal(["status", "status"], client.IopubUntilIdle(silent, Long).Select(m => m.Type));

        var loud = client.Send("shell", "execute_request", JupyterTestClient.Execute("8"));
        Assert.Equal(1, (int?)client.Receive("shell", Long, loud)?.Content["execution_count"]);
    }

    [Fact]
    public void A_compile_error_is_an_error_reply_carrying_the_diagnostic()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);

        var id = client.Send("shell", "execute_request", JupyterTestClient.Execute("int y = \"not an int\";"));
        var reply = client.Receive("shell", Long, id);
        var iopub = client.IopubUntilIdle(id, Long);

        Assert.NotNull(reply);
        Assert.Equal("error", (string?)reply.Content["status"]);
        Assert.Equal("CompilationError", (string?)reply.Content["ename"]);
        Assert.Contains("(1,9): error CS0029", (string?)reply.Content["evalue"]);
        var error = iopub.Single(m => m.Type == "error");
        Assert.Contains("CS0029", (string?)error.Content["evalue"]);
    }

    [Fact]
    public void Messages_with_a_wrong_signature_no_signature_or_a_replayed_signature_are_not_executed()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);
        var marker = Path.Combine(folder, "ran.txt");
        var code = JupyterTestClient.Execute($"System.IO.File.AppendAllText(@\"{marker}\", \"x\")");

        var wrong = client.SendFrames("shell", client.Frames("execute_request", code, Encoding.UTF8.GetBytes("not-the-key")));
        var unsigned = client.SendFrames("shell", client.Frames("execute_request", code, signingKey: null));
        Assert.Null(client.Receive("shell", TimeSpan.FromSeconds(3)));
        Assert.False(File.Exists(marker));

        var good = client.SendFrames("shell", client.Frames("execute_request", code, client.Key));
        Assert.Equal("ok", (string?)client.Receive("shell", Long, good.Id)?.Content["status"]);
        client.SendFrames("shell", good); // the same signed frames again: a replay
        Assert.Null(client.Receive("shell", TimeSpan.FromSeconds(3)));

        Assert.Equal("x", File.ReadAllText(marker));
        Assert.Contains("dropped a message on shell: invalid or reused HMAC signature", kernel.Stderr);
        _ = (wrong, unsigned);
    }

    [Fact]
    public void Interrupt_on_control_ends_a_waiting_cell_as_interrupted()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);

        var cell = client.Send("shell", "execute_request", JupyterTestClient.Execute("await Task.Delay(60_000); \"finished\""));
        Thread.Sleep(1500);
        var interrupt = client.Send("control", "interrupt_request", []);
        Assert.Equal("interrupt_reply", client.Receive("control", Long, interrupt)?.Type);
        var reply = client.Receive("shell", TimeSpan.FromSeconds(20), cell);

        Assert.NotNull(reply);
        Assert.Equal("error", (string?)reply.Content["status"]);
        Assert.Equal("Interrupted", (string?)reply.Content["ename"]);
        var next = client.Send("shell", "execute_request", JupyterTestClient.Execute("\"next\""));
        Assert.Equal("ok", (string?)client.Receive("shell", Long, next)?.Content["status"]);
    }

    [Fact]
    public void Is_complete_and_complete_requests_are_answered()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);

        var open = client.Send("shell", "is_complete_request", new JsonObject { ["code"] = "if (true) {" });
        Assert.Equal("incomplete", (string?)client.Receive("shell", Long, open)?.Content["status"]);
        var closed = client.Send("shell", "is_complete_request", new JsonObject { ["code"] = "#r \"nuget: Deedle, 8.1.0\"\nvar x = 1;" });
        Assert.Equal("complete", (string?)client.Receive("shell", Long, closed)?.Content["status"]);

        var complete = client.Send("shell", "complete_request", new JsonObject { ["code"] = "Console.WriteL", ["cursor_pos"] = 14 });
        var reply = client.Receive("shell", Long, complete);
        Assert.NotNull(reply);
        // Plain names: a client inserts the match as it is (no "WriteLine()" with parentheses, no snippet placeholders).
        Assert.Equal(["WriteLine"], reply.Content["matches"]!.AsArray().Select(m => (string?)m));
        Assert.Equal(8, (int?)reply.Content["cursor_start"]);
        Assert.Equal(14, (int?)reply.Content["cursor_end"]);
    }

    [Fact]
    public void Shutdown_on_control_replies_and_ends_the_process()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);

        var id = client.Send("control", "shutdown_request", new JsonObject { ["restart"] = false });
        var reply = client.Receive("control", Long, id);

        Assert.Equal("shutdown_reply", reply?.Type);
        Assert.True(kernel.Process.WaitForExit(15_000), "the kernel process did not exit");
        Assert.Equal(0, kernel.Process.ExitCode);
    }

    [Fact]
    public void The_heartbeat_port_echoes()
    {
        using var kernel = new KernelProcess(folder);
        using var heartbeat = new NetMQ.Sockets.RequestSocket();
        heartbeat.Options.Linger = TimeSpan.Zero;
        heartbeat.Connect($"tcp://127.0.0.1:{kernel.Ports[4]}");

        heartbeat.SendFrame("ping");

        Assert.True(NetMQ.ReceivingSocketExtensions.TryReceiveFrameString(heartbeat, Long, out var echo));
        Assert.Equal("ping", echo);
    }

    [Fact]
    public void Serve_refuses_a_connection_file_without_a_key()
    {
        var file = Path.Combine(folder, "nokey.json");
        File.WriteAllText(file, """{"transport":"tcp","ip":"127.0.0.1","key":"","signature_scheme":"hmac-sha256","shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}""");

        var (exit, _, stderr) = CliProcess.Run(folder, "kernel", "serve", "--connection-file", file);

        Assert.Equal(2, exit);
        Assert.Contains("the key is empty", stderr);
    }
}
