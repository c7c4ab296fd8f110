using System.Diagnostics;
using System.Text.Json.Nodes;

namespace EGov.Tests.Kernel;

/// <summary>
/// Interrupt in the real kernel (<c>egov kernel serve</c>, spoken to over ZeroMQ): the cell's own code stops within a
/// second (busy loops of every kind, recursion, LINQ pipelines, sleeps and delays), the cell ends as "Interrupted", and
/// the next cell runs at once and sees the state made before (variables, the survey). Interrupt comes as
/// interrupt_request on control (the kernelspec's interrupt_mode "message") or as SIGINT (a terminal's Ctrl+C).
/// </summary>
public sealed class KernelInterruptTests : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(1);
    private readonly string folder = Directory.CreateTempSubdirectory("egov-kernel-interrupt-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string, string> BusyCells => new()
    {
        { "while", "while (true) { }" },
        { "nested for on one line, embedded statement", "long n = 0; for (;;) { for (;;) n++; }" },
        { "do and foreach", "do { foreach (var i in Enumerable.Range(0, 10)) { x += 0; } } while (x > 0);" },
        { "goto loop", "var k = 0;\ntop:\n  k++;\n  goto top;" },
        { "method of a class declared in the cell", "class Spinner { public static int Spin(int n) { while (n >= 0) n = (n + 1) % 1000; return n; } }\nSpinner.Spin(1)" },
        { "recursive local function (expression body)", "long Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);\nFib(80)" },
        { "recursive lambda (block body)", "Func<int, long> fib = null!;\nfib = n => { if (n < 2) return n; return fib(n - 1) + fib(n - 2); };\nfib(80)" },
        { "LINQ pipeline over an endless sequence", "Enumerable.Range(0, int.MaxValue).Select(i => (long)i * i).Where(v => v >= 0).Count()" },
        { "LINQ with a busy lambda inside", "new[] { 1, 2 }.Select(i => { while (i > 0) { } return i; }).ToList()" },
        { "Thread.Sleep", "System.Threading.Thread.Sleep(60_000);" },
        { "await Task.Delay", "await Task.Delay(TimeSpan.FromMinutes(1));" },
        { "Thread.Sleep in a loop", "for (var i = 0; i < 1000; i++) System.Threading.Thread.Sleep(100);" },
        { "a catch that swallows the interrupt once", "while (true) { try { System.Threading.Thread.Sleep(50); } catch (Exception) { } }" },
    };

    [Theory]
    [MemberData(nameof(BusyCells))]
    public void Interrupt_stops_the_cell_within_a_second_and_the_next_cell_sees_the_state(string name, string cell)
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);
        Assert.Equal("ok", Status(client, Execute(client, "var x = 41; var survey = new List<string> { \"loaded\" };")));

        var busy = client.Send("shell", "execute_request", JupyterTestClient.Execute(cell));
        Assert.Null(client.Receive("shell", TimeSpan.FromSeconds(2), busy)); // still running after 2 s
        var clock = Stopwatch.StartNew();
        var interrupt = client.Send("control", "interrupt_request", []);
        Assert.Equal("interrupt_reply", client.Receive("control", Long, interrupt)?.Type);
        var reply = client.Receive("shell", TimeSpan.FromSeconds(20), busy);
        var stopped = clock.Elapsed;

        Assert.NotNull(reply);
        Assert.Equal("error", (string?)reply.Content["status"]);
        Assert.Equal("Interrupted", (string?)reply.Content["ename"]);
        Assert.True(stopped < Fast, $"{name}: interrupted after {stopped.TotalMilliseconds:F0} ms");

        clock.Restart();
        var next = Execute(client, "$\"{x + 1} {survey[0]}\"");
        Assert.Equal("ok", Status(client, next));
        var nextTook = clock.Elapsed;
        Assert.Equal("42 loaded", Result(client, next));
        Assert.True(nextTook < TimeSpan.FromSeconds(5), $"{name}: the next cell took {nextTook.TotalMilliseconds:F0} ms");
        Assert.DoesNotContain("not interruptible", kernel.Stderr);
    }

    [Fact]
    public void Sigint_interrupts_like_interrupt_request()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);
        Assert.Equal("ok", Status(client, Execute(client, "var x = 1;")));

        var busy = client.Send("shell", "execute_request", JupyterTestClient.Execute("while (x > 0) { x = 1; }"));
        Assert.Null(client.Receive("shell", TimeSpan.FromSeconds(2), busy));
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-INT", kernel.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        var reply = client.Receive("shell", TimeSpan.FromSeconds(20), busy);

        Assert.Equal("Interrupted", (string?)reply?.Content["ename"]);
        Assert.True(clock.Elapsed < Fast, $"interrupted after {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.False(kernel.Process.HasExited);
        Assert.Equal("1", Result(client, Execute(client, "x")));
    }

    [Fact]
    public void Interrupt_request_on_shell_as_VS_Code_sends_it_is_served_while_the_cell_runs()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);

        Assert.Equal("ok", Status(client, Execute(client, "var kept = 3;")));
        var busy = client.Send("shell", "execute_request", JupyterTestClient.Execute("while (true) { kept = 3; }"));
        Assert.Null(client.Receive("shell", TimeSpan.FromSeconds(2), busy));
        var clock = Stopwatch.StartNew();
        var interrupt = client.Send("shell", "interrupt_request", []);
        Assert.Equal("interrupt_reply", client.Receive("shell", Long, interrupt)?.Type);
        Assert.Equal("Interrupted", (string?)client.Receive("shell", TimeSpan.FromSeconds(20), busy)?.Content["ename"]);
        Assert.True(clock.Elapsed < Fast, $"interrupted after {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal("4", Result(client, Execute(client, "kept + 1")));
    }

    [Fact]
    public void A_cell_interrupted_twice_and_a_cell_finished_before_the_interrupt_keep_the_kernel_usable()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);

        // An interrupt while no cell runs changes nothing.
        var idle = client.Send("control", "interrupt_request", []);
        Assert.Equal("interrupt_reply", client.Receive("control", Long, idle)?.Type);
        var loop = "var total = 0L; for (var i = 0; i < 1_000_000; i++) { total += i; } total";
        Assert.Equal("499999500000", Result(client, Execute(client, loop)));

        for (var round = 0; round < 2; round++)
        {
            var busy = client.Send("shell", "execute_request", JupyterTestClient.Execute("while (true) { }"));
            Thread.Sleep(1500);
            client.Send("control", "interrupt_request", []);
            client.Send("control", "interrupt_request", []);
            Assert.Equal("Interrupted", (string?)client.Receive("shell", TimeSpan.FromSeconds(20), busy)?.Content["ename"]);
        }
        // Functions declared in an interrupted cell still work afterwards; loops in later cells run to their end.
        var declared = client.Send("shell", "execute_request", JupyterTestClient.Execute("int Twice(int n) { var r = 0; for (var i = 0; i < 2; i++) r += n; return r; }\nvar assigned = 5;\nwhile (true) { }"));
        Thread.Sleep(1500);
        client.Send("control", "interrupt_request", []);
        Assert.Equal("Interrupted", (string?)client.Receive("shell", TimeSpan.FromSeconds(20), declared)?.Content["ename"]);
        Assert.Equal("42", Result(client, Execute(client, "Twice(21)")));
        Assert.Equal("5", Result(client, Execute(client, "assigned")));
        Assert.Equal("499999500000", Result(client, Execute(client, loop)));
    }

    [Fact]
    public void A_call_that_reaches_no_check_is_reported_interrupted_and_the_next_cell_waits_for_it()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(Long);
        Assert.Equal("ok", Status(client, Execute(client, "var x = 7;")));

        // A blocking wait inside the framework (not rewritten): 5 s, whatever the interrupt.
        var busy = client.Send("shell", "execute_request", JupyterTestClient.Execute("new System.Threading.ManualResetEventSlim().Wait(5000); x = 8;"));
        Thread.Sleep(1000);
        var clock = Stopwatch.StartNew();
        client.Send("control", "interrupt_request", []);
        var reply = client.Receive("shell", TimeSpan.FromSeconds(20), busy);
        Assert.Equal("Interrupted", (string?)reply?.Content["ename"]);
        Assert.True(clock.Elapsed < Fast, $"reported after {clock.Elapsed.TotalMilliseconds:F0} ms");

        var next = Execute(client, "x");
        Assert.Equal("ok", Status(client, next));
        Assert.True(clock.Elapsed > TimeSpan.FromSeconds(3.5), $"the next cell ran after {clock.Elapsed.TotalMilliseconds:F0} ms, while the call still ran");
        Assert.Equal("8", Result(client, next)); // the code went on after the call, up to its end (no check after it)
    }

    private static string Execute(JupyterTestClient client, string code) =>
        client.Send("shell", "execute_request", JupyterTestClient.Execute(code));

    private static string? Status(JupyterTestClient client, string id) => (string?)client.Receive("shell", Long, id)?.Content["status"];

    private static string? Result(JupyterTestClient client, string id)
    {
        var iopub = client.IopubUntilIdle(id, Long);
        var error = iopub.FirstOrDefault(m => m.Type == "error");
        Assert.True(error is null, $"the cell failed: {error?.Content.ToJsonString()}");
        return (string?)iopub.SingleOrDefault(m => m.Type == "execute_result")?.Content["data"]?["text/plain"];
    }
}
