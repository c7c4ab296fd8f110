using System.Diagnostics;
using System.Text;
using EGov.Data;
using EGov.Data.Import;

namespace EGov.Tests.Corpus;

/// <summary>The outcome of one case, with every way it fell short (empty when the rejection was as required).</summary>
internal sealed record CaseResult(CorpusCase Case, bool ViaCli, int Exit, bool Hung, bool StackTrace, bool Wrote, IReadOnlyList<string> Failures);

/// <summary>Runs corpus cases in-process (<see cref="ImportRun"/>, the code behind `egov import`) or through the real program.</summary>
internal sealed class CorpusRunner(string root)
{
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> BaseDataset = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("egov-corpus-base-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "countries-data.csv"), CorpusBase.Countries());
            File.WriteAllBytes(Path.Combine(dir, "EGOV_DATA_2024.csv"), CorpusBase.UnExport(2024));
            return CanonicalWriter.Render(Importer.Import([Path.Combine(dir, "countries-data.csv"), Path.Combine(dir, "EGOV_DATA_2024.csv")], null).Dataset);
        }
        finally { Directory.Delete(dir, recursive: true); }
    });

    /// <summary>The dataset the valid base imports to (what every output folder holds before a case).</summary>
    public static IReadOnlyDictionary<string, byte[]> Base => BaseDataset.Value;

    public CaseResult Run(CorpusCase c, bool viaCli)
    {
        var ctx = Prepare(c, viaCli);
        var inputs = Inputs(c, ctx);
        var output = c.Output?.Invoke(ctx) ?? ctx.Out;
        var before = Snapshot(output);
        int exit;
        string stdout, stderr;
        var hung = false;
        IReadOnlyList<ValidationProblem>? problems = null;
        if (viaCli)
        {
            var args = new List<string> { "import" };
            if (c.FromScratch) args.Add("--from-scratch");
            args.AddRange(inputs);
            args.AddRange(["--out", output, "--wait", "5"]);
            (exit, stdout, stderr, hung) = ImportProcess.Run(args, TimeSpan.FromSeconds(60));
        }
        else
        {
            var (o, e) = (new StringWriter(), new StringWriter());
            var task = Task.Run(() => ImportRun.Run(inputs, output, c.FromScratch, ImportOptions.Default, TimeSpan.FromSeconds(5), o, e));
            hung = !task.Wait(TimeSpan.FromSeconds(60));
            var outcome = hung ? null : task.Result;
            exit = outcome?.ExitCode ?? -1;
            problems = outcome?.Problems;
            (stdout, stderr) = (o.ToString(), e.ToString());
        }
        var text = stdout + stderr;
        var stackTrace = text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Unhandled exception", StringComparison.Ordinal);
        var wrote = !hung && !SameSnapshot(before, Snapshot(output));
        var failures = new List<string>();
        if (hung) failures.Add("hung (killed after 60 s)");
        if (stackTrace) failures.Add("printed a stack trace");
        if (exit == 0) failures.Add("accepted (exit 0)");
        else if (!hung && exit != c.Exit) failures.Add($"exit {exit}, expected {c.Exit}");
        if (wrote && exit != 0) failures.Add("changed the output folder although it failed");
        if (!hung && exit != 0) failures.AddRange(CheckReport(c, output, stderr, problems));
        return new CaseResult(c, viaCli, exit, hung, stackTrace, wrote && exit != 0, failures);
    }

    private static IEnumerable<string> CheckReport(CorpusCase c, string output, string stderr, IReadOnlyList<ValidationProblem>? problems)
    {
        if (c.Rule is not { } rule)
        {
            if (!stderr.Contains(Printable.Escape(output), StringComparison.Ordinal)) yield return "the message does not name the output path";
            yield break;
        }
        var target = c.Target ?? c.Files[^1].Name;
        if (!stderr.Contains($"[{rule}]", StringComparison.Ordinal)) yield return $"the report does not name the rule {rule}:\n{Cut(stderr)}";
        if (!stderr.Contains(Printable.Escape(target), StringComparison.Ordinal)) yield return $"the report does not name the file {target}";
        if (problems is null) yield break; // via the program: the text was checked
        var located = problems.Where(p => p.Rule == rule && p.File.EndsWith(target, StringComparison.Ordinal)).ToList();
        if (located.Count == 0) { yield return $"no {rule} problem names {target}: {string.Join(" | ", problems.Take(5))}"; yield break; }
        bool Ok(ValidationProblem p) => c.Where switch
        {
            Where.Line => p.Line > 0,
            Where.Field => p.Line > 0 && p.Column > 0 && (p.Value.Length > 0 || rule == ValidationRule.MissingValue),
            _ => true,
        };
        if (!located.Any(Ok)) yield return $"the {rule} problem lacks its {c.Where}: {located[0]}";
    }

    private static string Cut(string text) => text.Length > 1500 ? text[..1500] + "..." : text;

    private CaseContext Prepare(CorpusCase c, bool viaCli)
    {
        var dir = Path.Combine(root, (viaCli ? "cli-" : "") + c.Id);
        var ctx = new CaseContext(dir, Path.Combine(dir, "in"), Path.Combine(dir, "out"));
        Directory.CreateDirectory(ctx.Inputs);
        Directory.CreateDirectory(ctx.Out);
        var dataset = c.FullBaseline ? DatasetStore.EmbeddedFiles() : Base;
        foreach (var (name, bytes) in dataset) File.WriteAllBytes(Path.Combine(ctx.Out, name), bytes);
        if (c.Countries) File.WriteAllBytes(Path.Combine(ctx.Inputs, "countries-data.csv"), CorpusBase.Countries());
        foreach (var file in c.Files) File.WriteAllBytes(Path.Combine(ctx.Inputs, file.Name), file.Bytes);
        c.Setup?.Invoke(ctx);
        return ctx;
    }

    private static List<string> Inputs(CorpusCase c, CaseContext ctx)
    {
        var inputs = new List<string>();
        if (!c.OnlyExtraInputs)
        {
            if (c.Countries && !c.Files.Any(f => f.Name == "countries-data.csv")) inputs.Add(Path.Combine(ctx.Inputs, "countries-data.csv"));
            inputs.AddRange(c.Files.Select(f => Path.Combine(ctx.Inputs, f.Name)));
            if (c.Files.Count == 0 && c.ExtraInputs is null) inputs.Add(ctx.Inputs);
        }
        if (c.ExtraInputs is not null) inputs.AddRange(c.ExtraInputs(ctx));
        return inputs;
    }

    /// <summary>Every entry below a path with its bytes (regular files under a real folder) or link target; devices are not read.</summary>
    public static SortedDictionary<string, string> Snapshot(string path)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Walk(string p, string key)
        {
            var info = new FileInfo(p);
            if (info.LinkTarget is { } link) { entries[key] = "link:" + link; return; }
            if (Directory.Exists(p))
            {
                entries[key] = "dir";
                foreach (var child in Directory.EnumerateFileSystemEntries(p)) Walk(child, key + "/" + Path.GetFileName(child));
                return;
            }
            if (info.Exists && !p.StartsWith("/dev/", StringComparison.Ordinal) && !p.StartsWith("/proc/", StringComparison.Ordinal))
                entries[key] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p)));
            else if (info.Exists) entries[key] = "device";
        }
        Walk(path, ".");
        return entries;
    }

    private static bool SameSnapshot(SortedDictionary<string, string> a, SortedDictionary<string, string> b) => a.SequenceEqual(b);

    /// <summary>The figures per class, as the table in docs/reliability.md.</summary>
    public static string Figures(IReadOnlyList<CaseResult> inProcess, IReadOnlyList<CaseResult> viaCli)
    {
        var text = new StringBuilder();
        text.Append("| class | tried | rejected | accepted | exit 1 | exit 2 | rejection names file, place, rule, value | via the real program |\n");
        text.Append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var group in inProcess.GroupBy(r => r.Case.Class))
        {
            var cli = viaCli.Count(r => r.Case.Class == group.Key);
            text.Append($"| {group.Key} | {group.Count()} | {group.Count(r => r.Exit is 1 or 2)} | {group.Count(r => r.Exit == 0)} | {group.Count(r => r.Exit == 1)} | {group.Count(r => r.Exit == 2)} | {group.Count(r => r.Failures.Count == 0)} | {cli} |\n");
        }
        var all = inProcess;
        text.Append($"| **all** | **{all.Count}** | **{all.Count(r => r.Exit is 1 or 2)}** | **{all.Count(r => r.Exit == 0)}** | **{all.Count(r => r.Exit == 1)}** | **{all.Count(r => r.Exit == 2)}** | **{all.Count(r => r.Failures.Count == 0)}** | **{viaCli.Count}** |\n");
        text.Append('\n');
        var every = inProcess.Concat(viaCli).ToList();
        text.Append($"Over all {every.Count} runs ({inProcess.Count} in-process, {viaCli.Count} through the real program): " +
                    $"{every.Count(r => r.StackTrace)} stack traces, {every.Count(r => r.Hung)} hangs, {every.Count(r => r.Wrote)} writes on error, " +
                    $"{every.Count(r => r.Exit == 0)} accepted, {every.Count(r => r.Failures.Count > 0)} rejections that fell short of the report required.\n");
        return text.ToString();
    }
}
