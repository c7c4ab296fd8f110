using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using EGov.Tests.Run;

namespace EGov.Tests.Kernel;

/// <summary>
/// A shell loop that never dies: signed messages that are malformed in every way (wrong types, missing fields, not JSON,
/// not UTF-8, huge) get an error reply or are dropped with a log line, and afterwards the kernel still executes code and
/// answers heartbeats. Replays dated before the kernel started are refused; connection files that are FIFOs or devices
/// are refused at once; unsafe connection files draw warnings.
/// </summary>
public sealed class KernelRobustnessTests : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(90);
    private readonly string folder = Directory.CreateTempSubdirectory("egov-kernel-robust-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Wrongly_typed_fields_get_an_error_reply_naming_the_field()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);

        var cases = new (string Type, string Content, string Field)[]
        {
            ("execute_request", """{"code": 42}""", "'code'"),
            ("execute_request", """{"code": "1", "silent": "yes"}""", "'silent'"),
            ("execute_request", """{}""", "'code'"),
            ("complete_request", """{"code": "Con", "cursor_pos": "x"}""", "'cursor_pos'"),
            ("inspect_request", """{"code": "Console", "cursor_pos": 3, "detail_level": 7}""", "'detail_level'"),
            ("history_request", """{"hist_access_type": "bogus"}""", "'hist_access_type'"),
            ("history_request", """{"hist_access_type": "search", "pattern": 5}""", "'pattern'"),
            ("is_complete_request", """{"code": ["x"]}""", "'code'"),
        };
        foreach (var (type, content, field) in cases)
        {
            var header = client.Header(type);
            client.SendRaw("shell", client.SignedRaw(Utf8(header.ToJsonString()), Utf8("{}"), Utf8("{}"), Utf8(content)));
            var reply = client.Receive("shell", Long, (string)header["msg_id"]!);
            Assert.True(reply is not null, $"no reply to {type} {content}");
            Assert.Equal(type.Replace("_request", "_reply"), reply.Type);
            Assert.Equal("error", (string?)reply.Content["status"]);
            Assert.Contains(field, (string?)reply.Content["evalue"]);
        }
        Assert.Equal("2", ExecuteText(client, "1 + 1"));
    }

    [Fact]
    public void Many_malformed_signed_messages_leave_the_kernel_executing_and_its_heartbeat_answering()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);
        var random = new Random(19);
        var types = new[] { "execute_request", "complete_request", "inspect_request", "history_request", "is_complete_request", "comm_info_request",
                            "comm_open", "comm_msg", "comm_close", "kernel_info_request", "input_reply", "no_such_request", "interrupt_request" };
        JsonNode?[] oddValues = [42, -1, 1e300, "", "x", true, null, new JsonArray(1, 2), new JsonObject { ["a"] = 1 }, "\u0000", new string('a', 10_000), int.MaxValue];
        var sent = 0;
        for (var i = 0; i < 400; i++)
        {
            var type = types[random.Next(types.Length)];
            var header = client.Header(type);
            var content = new JsonObject { ["code"] = "1", ["cursor_pos"] = 1, ["hist_access_type"] = "tail", ["comm_id"] = "c", ["target_name"] = "t" };
            // Change a field of the header or the content to an odd value, or remove it.
            var target = random.Next(3) == 0 ? header : content;
            var keys = target.Select(p => p.Key).ToList();
            var key = keys[random.Next(keys.Count)];
            if (random.Next(4) == 0) target.Remove(key);
            else target[key] = oddValues[random.Next(oddValues.Length)]?.DeepClone();
            byte[] headerBytes = Utf8(header.ToJsonString()), contentBytes = Utf8(content.ToJsonString());
            switch (random.Next(10))
            {
                case 0: contentBytes = [0xff, 0xfe, 0x7b, 0x7d]; break;                            // not UTF-8
                case 1: headerBytes = Utf8("[1,2,3]"); break;                                         // not an object
                case 2: contentBytes = Utf8(new string('[', 5000) + new string(']', 5000)); break;   // too deep
                case 3: headerBytes = Utf8("null"); break;
                case 4: contentBytes = Utf8("""{"code": "1", "code": "2"}"""); break;                // duplicate keys
            }
            var frames = client.SignedRaw(headerBytes, Utf8("{}"), Utf8("{}"), contentBytes);
            if (random.Next(20) == 0) frames = frames.Take(3).ToList(); // too few frames
            client.SendRaw(random.Next(5) == 0 ? "control" : "shell", frames);
            sent++;
        }
        // A frame beyond the size limit: ZeroMQ drops the connection instead of holding it in memory; the client reconnects.
        var huge = client.Header("execute_request");
        client.SendRaw("shell", client.SignedRaw(Utf8(huge.ToJsonString()), Utf8("{}"), Utf8("{}"), new byte[40 * 1024 * 1024]));

        Assert.Equal(400, sent);
        Assert.Equal("2", ExecuteText(client, "1 + 1"));
        Assert.False(kernel.Process.HasExited);
        using var heartbeat = new NetMQ.Sockets.RequestSocket();
        heartbeat.Options.Linger = TimeSpan.Zero;
        heartbeat.Connect($"tcp://127.0.0.1:{kernel.Ports[4]}");
        NetMQ.OutgoingSocketExtensions.SendFrame(heartbeat, "ping");
        Assert.True(NetMQ.ReceivingSocketExtensions.TryReceiveFrameString(heartbeat, Long, out var echo));
        Assert.Equal("ping", echo);
        Assert.Contains("egov kernel: dropped a message on shell:", kernel.Stderr);
        Assert.DoesNotContain("loop failed", kernel.Stderr);
    }

    [Fact]
    public void Messages_over_the_size_limit_are_refused_and_the_kernel_goes_on()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);

        // Two frames of 20 MiB each: each under ZeroMQ's per-frame cap, together over the 32 MiB message limit.
        var header = client.Header("execute_request");
        var padding = Utf8("{\"pad\": \"" + new string('x', 20 * 1024 * 1024) + "\"}");
        var code = Utf8(new JsonObject { ["code"] = "Console.WriteLine(\"too big\"); //" + new string('x', 20 * 1024 * 1024) }.ToJsonString());
        client.SendRaw("shell", client.SignedRaw(Utf8(header.ToJsonString()), Utf8("{}"), padding, code));

        Assert.Null(client.Receive("shell", TimeSpan.FromSeconds(5), (string)header["msg_id"]!));
        Assert.Equal("2", ExecuteText(client, "1 + 1"));
        Assert.Contains("bytes, more than the limit of 33554432", kernel.Stderr);
    }

    [Fact]
    public void A_header_with_a_non_string_username_is_dropped_and_the_next_request_is_served()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);

        var header = client.Header("execute_request");
        header["username"] = 12345;
        client.SendRaw("shell", client.SignedRaw(Utf8(header.ToJsonString()), Utf8("{}"), Utf8("{}"), Utf8(JupyterTestClient.Execute("1").ToJsonString())));

        Assert.Null(client.Receive("shell", TimeSpan.FromSeconds(3), (string)header["msg_id"]!));
        Assert.Equal("5", ExecuteText(client, "2 + 3"));
        Assert.Contains("header field 'username' is not a string", kernel.Stderr);
    }

    [Fact]
    public void A_message_dated_before_the_kernel_started_is_refused_as_a_replay()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);

        // What a captured message looks like to a kernel restarted from the same connection file (same key): signed, old.
        var header = client.Header("execute_request");
        header["date"] = DateTime.UtcNow.AddMinutes(-10).ToString("O");
        client.SendRaw("shell", client.SignedRaw(Utf8(header.ToJsonString()), Utf8("{}"), Utf8("{}"), Utf8(JupyterTestClient.Execute("Console.WriteLine(\"replayed\")").ToJsonString())));

        Assert.Null(client.Receive("shell", TimeSpan.FromSeconds(3), (string)header["msg_id"]!));
        Assert.Contains("replay refused: dated", kernel.Stderr);
        Assert.Equal("7", ExecuteText(client, "3 + 4"));
    }

    [Theory]
    [InlineData("fifo")]
    [InlineData("/dev/zero")]
    [InlineData("directory")]
    public void A_connection_file_that_is_not_a_regular_file_is_refused_without_waiting(string kind)
    {
        var path = kind switch
        {
            "fifo" => Path.Combine(folder, "kernel.json"),
            "directory" => Directory.CreateDirectory(Path.Combine(folder, "dir.json")).FullName,
            _ => kind,
        };
        if (kind == "fifo") Assert.Equal(0, Jupyter.Run("mkfifo", null, path).Exit);
        var clock = Stopwatch.StartNew();

        var (exit, _, stderr) = CliProcess.Run(folder, "kernel", "serve", "--connection-file", path);

        Assert.Equal(2, exit);
        Assert.Contains("not a regular file", stderr);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public void An_unsafe_connection_file_draws_warnings_for_its_mode_its_short_key_and_a_non_loopback_ip()
    {
        // An address that is not this machine's: the warnings come first, then binding fails (nothing listens beyond loopback).
        var file = Path.Combine(folder, "unsafe.json");
        File.WriteAllText(file, """{"transport":"tcp","ip":"192.0.2.1","key":"short","signature_scheme":"hmac-sha256","shell_port":50001,"iopub_port":50002,"stdin_port":50003,"control_port":50004,"hb_port":50005}""");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var (_, _, stderr) = CliProcess.Run(folder, "kernel", "serve", "--connection-file", file);

        Assert.Contains("can be read by other users (mode 644)", stderr);
        Assert.Contains("is 5 bytes, shorter than 16", stderr);
        Assert.Contains("ip 192.0.2.1 is not a loopback address", stderr);
        Assert.Contains("cannot listen on 192.0.2.1", stderr);
    }

    private static string? ExecuteText(JupyterTestClient client, string code)
    {
        var id = client.Send("shell", "execute_request", JupyterTestClient.Execute(code));
        var reply = client.Receive("shell", Long, id);
        Assert.Equal("ok", (string?)reply?.Content["status"]);
        var outputs = client.IopubUntilIdle(id, Long);
        return (string?)outputs.SingleOrDefault(m => m.Type == "execute_result")?.Content["data"]?["text/plain"];
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}

