using EGov.Cli.Hosting;
using KernelHost = EGov.Cli.Hosting.KernelHost;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;

namespace EGov.Tests.Hosting;

/// <summary>
/// The rewrite that makes cells interruptible (<see cref="InterruptRewriter"/>, through <see cref="KernelHost"/>) changes
/// nothing a user sees: the same lines, the same diagnostics (text, line and column) and the same output as the kernel
/// without it (a plain <see cref="CSharpKernel"/>, the reference).
/// </summary>
public sealed class InterruptRewriteTests
{
    private const string CheckCall = "global::EGov.Cli.Hosting.CellInterrupt.Check();";

    /// <summary>Cells (run in order in one kernel) whose errors, warnings and output must be identical with and without the rewrite.</summary>
    public static readonly string[] Cells =
    [
        // Errors after the insertion point on the same line, in loops, lambdas, local functions and sleeps.
        "for (var i = 0; i < 3; i++) { int y = \"not an int\"; }",
        "while (true) { undefinedName++; } var after = 1;",
        "var list = new[] { 1, 2 }.Select(i => { return i.NoSuchMember; });",
        "int Twice(int n) => n * 2 + \"x\";",
        "System.Threading.Thread.Sleep(\"ten\"); for (;;) { }",
        "do { } while (1);",
        // Warnings on the lines of loops, before and after the insertion points; one line with both.
        "int unusedBefore; for (var i = 0; i < 2; i++) { int unusedInside; }",
        "for (var i = 0; i < 2; i++)\n{\n    int unusedBelow;\n}\nConsole.WriteLine(\"warned\");",
        "async Task<int> NoAwait() { for (var i = 0; i < 1; i++) { } return 1; }\nawait NoAwait()",
        "System.Threading.Tasks.Task.Delay(1); for (var i = 0; i < 1; i++) { }",
        "while (false) { Console.WriteLine(\"never\"); }",
        "for (var i = 0; i < 3; i++) ; Console.WriteLine(\"empty body\");",
        // Valid code: same output.
        "var total = 0; for (var i = 0; i < 5; i++) total += i; foreach (var c in \"ab\") { total++; } total",
        "long Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);\nFib(20)",
        "var squares = Enumerable.Range(1, 4).Select(i => i * i).Where(v => { return v > 1; }).ToList(); string.Join(\",\", squares)",
        "var k = 0;\nagain:\nk++;\nif (k < 3) goto again;\nk",
        "class Counter { private int n; public int Next() { while (n < 10) { n++; if (n % 5 == 0) break; } return n; } public int Value => n * 1; }\nnew Counter().Next()",
        "System.Linq.Expressions.Expression<Func<int, int>> tree = v => v + 1; tree.ToString()",
        "void Show(Func<int> f, [System.Runtime.CompilerServices.CallerArgumentExpression(\"f\")] string text = \"\") => Console.WriteLine(text);\nShow(() => { for (var i = 0; i < 1; i++) { } return 1; });",
        "int Line([System.Runtime.CompilerServices.CallerLineNumber] int l = 0) => l;\n#line 100\nfor (var i = 0; i < 1; i++) { Console.WriteLine(Line()); }\n#line default\nConsole.WriteLine(Line());",
        "System.Threading.Thread.Sleep(1); await System.Threading.Tasks.Task.Delay(TimeSpan.FromMilliseconds(1)); \"slept\"",
        "Action<int> sleep = System.Threading.Thread.Sleep; sleep(1); \"method group\"",
        "#!csharp\nvar viaMagic = 0; while (viaMagic < 3) { viaMagic++; } viaMagic",
    ];

    [Fact]
    public async Task Diagnostics_and_output_are_identical_with_and_without_the_rewrite()
    {
        using var host = new KernelHost();
        using var plain = new CompositeKernel { new CSharpKernel().UseKernelHelpers() };
        plain.DefaultKernelName = "csharp";
        var rewritten = 0;
        foreach (var cell in Cells)
        {
            if (host.Rewrite(cell) != cell) rewritten++;
            var expected = await RunAsync(plain, k => k.SendAsync(new SubmitCode(cell, "csharp")));
            var actual = await RunAsync(host.Composite, _ => host.SubmitAsync(cell));
            Assert.Equal(expected, actual);
        }
        Assert.True(rewritten >= 12, $"only {rewritten} of the cells were rewritten: the comparison proves little");
    }

    [Theory]
    [InlineData("while (true) { }", "while (true) {" + CheckCall + " }")]
    [InlineData("for (;;)\n    x++;", "for (;;){" + CheckCall + "\n    x++;}")]
    [InlineData("int F(int n) => n + 1;", "int F(int n) => global::EGov.Cli.Hosting.CellInterrupt.Pass(n + 1);")]
    [InlineData("L: x++; goto L;", "L:" + CheckCall + " x++; goto L;")]
    [InlineData("System.Threading.Thread.Sleep(5);", "global::EGov.Cli.Hosting.CellInterrupt.Sleep(5);")]
    [InlineData("await Task.Delay(5, default);", "await global::EGov.Cli.Hosting.CellInterrupt.Delay(5, default);")]
    public async Task The_checks_are_inserted_where_the_bodies_start_on_the_same_lines(string cell, string expected)
    {
        using var host = new KernelHost();
        await host.SubmitAsync("var x = 0;");
        Assert.Equal(expected, host.Rewrite(cell));
    }

    [Theory]
    [InlineData("#r \"nuget: Deedle, 8.1.0\"\nwhile (false) { }")] // a set-up cell: references the check compilation would not see
    [InlineData("var a = 1;")] // nothing to check
    [InlineData("while (true) { int y = \"s\"; }")] // does not compile: submitted as written
    [InlineData("for (var i = 0; i < 2; i++) { int unused; }")] // the only insertion would move a warning's column
    [InlineData("#!fsharp\nfor i in 1..3 do printfn \"%d\" i")] // not C#
    [InlineData("var q = new[] { 1 }.AsQueryable().Where(v => v > 0);")] // an expression tree stays as written
    public async Task Cells_the_rewrite_cannot_keep_identical_are_submitted_as_written(string cell)
    {
        using var host = new KernelHost();
        await host.SubmitAsync("var x = 0;");
        Assert.Equal(cell, host.Rewrite(cell));
    }

    /// <summary>What a user sees of one submission: diagnostics (text and span), failure message, output and value.</summary>
    private static async Task<string> RunAsync(Microsoft.DotNet.Interactive.Kernel kernel, Func<Microsoft.DotNet.Interactive.Kernel, Task<KernelCommandResult>> submit)
    {
        var seen = new List<string>();
        using (kernel.KernelEvents.Subscribe(e =>
        {
            lock (seen)
            {
                switch (e)
                {
                    case DiagnosticsProduced d:
                        seen.AddRange(d.FormattedDiagnostics.Select(f => "diagnostic " + f.Value));
                        seen.AddRange(d.Diagnostics.Select(x => $"span {x.Code} {x.LinePositionSpan} {x.Severity} {x.Message}"));
                        break;
                    case CommandFailed f: seen.Add("failed " + f.Message); break;
                    case StandardOutputValueProduced o: seen.Add("stdout " + o.FormattedValues.First().Value); break;
                    case ReturnValueProduced r: seen.Add("value " + r.FormattedValues.First().Value); break;
                }
            }
        }))
        {
            await submit(kernel);
        }
        lock (seen) return string.Join("\n", seen);
    }
}
