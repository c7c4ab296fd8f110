using System.Diagnostics;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using EGov.Cli.Run.Worker;

namespace EGov.Cli.Run.Precompile;

/// <summary>
/// The precompiled (ReadyToRun) copy of this program that the notebook processes start from: Roslyn, .NET Interactive,
/// FSharp.Core, Deedle and Plotly.NET as native code instead of JIT-compiled again in every process. It is not part of
/// the build (a fresh clone's first run would wait a minute for something only later runs use): after a run that
/// started notebook processes without it, <c>egov run</c> makes it in the background at the lowest CPU priority, with
/// crossgen2 (the compiler of the SDK's PublishReadyToRun, from the NuGet cache) on this program's own files, into
/// <c>r2r/FINGERPRINT/</c> (<see cref="CopiesFolder"/>). A copy is used only when its fingerprint (every file of this program:
/// path, size, time) is the current one, and it appears by one rename once complete, so a half-made copy is never used.
/// Only for a Release build in a source checkout (lib/EGov.Cli/bin/Release/...) and for the installed .NET tool;
/// <c>EGOV_PRECOMPILE=0</c> turns it off (no copy is made or used).
/// </summary>
internal static class WorkerPrecompile
{
    private const string Folder = "r2r";
    private const string Stamp = ".egov-r2r";
    private const string LoadedList = ".loaded";

    /// <summary>
    /// Not precompiled even when loaded: the F# compiler service (39 MB precompiled, a third of the compile time) of which
    /// the notebook processes use only the NuGet resolution of <c>#r "nuget:"</c>.
    /// </summary>
    private static readonly string[] NotWorthIt = ["FSharp.Compiler.Service.dll"];

    private static string ProgramPath => Assembly.GetEntryAssembly()?.Location ?? typeof(WorkerPrecompile).Assembly.Location;

    private static string ProgramFolder => Path.GetDirectoryName(ProgramPath)!;

    /// <summary>
    /// Where the copies go: beside this program in a checkout (lib/EGov.Cli/bin/Release/net10.0/r2r/); for the installed
    /// .NET tool, whose folder may be read-only and is replaced by <c>dotnet tool update</c>, in the user's cache
    /// (<c>$XDG_CACHE_HOME/egov/r2r/</c>, by default <c>~/.cache/egov/r2r/</c>; on Windows under LocalApplicationData).
    /// </summary>
    internal static string CopiesFolder => InstalledTool.IsRunning ? Path.Combine(UserCache(), "egov", Folder) : Path.Combine(ProgramFolder, Folder);

    private static string UserCache() =>
        Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg) ? xdg
        : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");

    /// <summary>False when <c>EGOV_PRECOMPILE=0</c>: no copy is made or used.</summary>
    private static bool Enabled => Environment.GetEnvironmentVariable("EGOV_PRECOMPILE") != "0";

    /// <summary>The program the notebook processes run: the current precompiled copy when there is one, else this program.</summary>
    public static string WorkerAssembly()
    {
        if (!Enabled) return ProgramPath;
        var copy = Path.Combine(CopiesFolder, Fingerprint(), Path.GetFileName(ProgramPath));
        return File.Exists(copy) && File.Exists(Path.Combine(Path.GetDirectoryName(copy)!, Stamp)) ? copy : ProgramPath;
    }

    /// <summary>True when the notebook processes would start from a precompiled copy.</summary>
    public static bool IsCurrent() => WorkerAssembly() != ProgramPath;

    /// <summary>
    /// Starts making the copy in the background when it is missing or stale and can be made (a Release build in a
    /// checkout, crossgen2 in the NuGet cache, no other one at work); the sentence to show, or null when nothing started.
    /// </summary>
    public static string? StartIfUseful()
    {
        if (!Enabled || IsCurrent()) return null;
        var folder = new DirectoryInfo(ProgramFolder);
        var releaseBuild = folder.Parent?.Name == "Release" && File.Exists(Path.Combine(folder.Parent.Parent?.Parent?.FullName ?? "", "EGov.Cli.csproj"));
        if (!releaseBuild && !InstalledTool.IsRunning) return null;
        if (Crossgen2() is null || IsRunning()) return null;
        var start = new ProcessStartInfo
        {
            FileName = File.Exists("/usr/bin/nice") ? "/usr/bin/nice" : Environment.ProcessPath ?? "dotnet",
            WorkingDirectory = ProgramFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (start.FileName == "/usr/bin/nice") foreach (var arg in new[] { "-n", "19", Environment.ProcessPath ?? "dotnet" }) start.ArgumentList.Add(arg);
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath ?? "dotnet").Equals("dotnet", StringComparison.OrdinalIgnoreCase)) start.ArgumentList.Add(ProgramPath);
        start.ArgumentList.Add(RunNotebookCommand.Name);
        start.ArgumentList.Add(RunNotebookCommand.PrecompileOption);
        try
        {
            using var process = Process.Start(start);
            process?.StandardInput.Close();
        }
        catch (System.ComponentModel.Win32Exception) { return null; }
        var shown = Path.GetRelativePath(Environment.CurrentDirectory, CopiesFolder) is var relative && !relative.StartsWith("..", StringComparison.Ordinal) ? relative : CopiesFolder;
        return $"notebook processes: precompiling this program for later runs, in the background at low priority (about a minute of CPU; {shown}/)";
    }

    /// <summary>The work of <c>egov run-notebooks --precompile</c>: makes the current copy (or does nothing when it is there or being made).</summary>
    public static async Task<int> RunAsync()
    {
        var log = new List<string>();
        Directory.CreateDirectory(CopiesFolder);
        FileStream gate;
        try { gate = new FileStream(Path.Combine(CopiesFolder, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
        catch (IOException) { return 0; } // another one is at work
        using (gate)
        {
            var fingerprint = Fingerprint();
            var target = Path.Combine(CopiesFolder, fingerprint);
            if (Directory.Exists(target)) return 0;
            var crossgen = Crossgen2();
            if (crossgen is null) return 1;
            RemoveOthers(keep: null);
            var work = target + $".tmp-{Environment.ProcessId}";
            var clock = Stopwatch.StartNew();
            Copy(ProgramFolder, work);
            if (Fingerprint() != fingerprint) { Directory.Delete(work, recursive: true); return 1; } // rebuilt meanwhile
            // The assemblies notebook processes loaded (they list them when they end), else every one.
            var loaded = File.Exists(Path.Combine(CopiesFolder, LoadedList))
                ? File.ReadAllLines(Path.Combine(CopiesFolder, LoadedList)).ToHashSet(StringComparer.Ordinal) : null;
            var inputs = Directory.GetFiles(work, "*.dll")
                .Where(f => (loaded is null || loaded.Contains(Path.GetFileName(f))) && !NotWorthIt.Contains(Path.GetFileName(f)) && IsIlOnly(f)).ToList();
            var compiled = 0;
            await Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (input, _) =>
            {
                var output = input + ".r2r";
                if (await CompileAsync(crossgen, input, output) && File.Exists(output))
                {
                    File.Move(output, input, overwrite: true);
                    Interlocked.Increment(ref compiled);
                }
                else
                {
                    File.Delete(output);
                    lock (log) log.Add("not precompiled: " + Path.GetFileName(input));
                }
            });
            log.Add($"{compiled} of {inputs.Count} assemblies precompiled in {clock.Elapsed.TotalSeconds:0} s by {crossgen}");
            await File.WriteAllLinesAsync(Path.Combine(work, Stamp), log);
            Directory.Move(work, target);
            RemoveOthers(keep: fingerprint);
            return 0;
        }
    }

    /// <summary>
    /// Called by a notebook process when it ends: adds the assemblies of this program it loaded to the list the next
    /// precompiled copy is made of (only while it runs from the program itself, not from a copy).
    /// </summary>
    public static void RecordLoaded()
    {
        try
        {
            if (Path.GetDirectoryName(ProgramPath) is not { } folder || new DirectoryInfo(folder).Parent?.Name == Folder) return;
            var names = AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.Location.Length > 0)
                .Where(a => string.Equals(Path.GetDirectoryName(a.Location), folder, StringComparison.Ordinal))
                .Select(a => Path.GetFileName(a.Location));
            var list = Path.Combine(CopiesFolder, LoadedList);
            var known = File.Exists(list) ? File.ReadAllLines(list) : [];
            var all = known.Union(names, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (all.Count == known.Length) return;
            Directory.CreateDirectory(CopiesFolder);
            AtomicFile.WriteAllText(list, string.Concat(all.Select(line => line + "\n")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* only a hint for the precompiled copy */ }
    }

    /// <summary>
    /// A hash of every file of this program (relative path, size, modification time), its folders of precompiled copies
    /// and of RID-specific builds left out: any rebuild changes it.
    /// </summary>
    internal static string Fingerprint()
    {
        var text = new StringBuilder(Environment.Version.ToString()).Append('\n');
        foreach (var file in ProgramFiles(ProgramFolder).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            text.Append(Path.GetRelativePath(ProgramFolder, file)).Append(' ').Append(info.Length).Append(' ').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static IEnumerable<string> ProgramFiles(string folder) =>
        Directory.EnumerateFiles(folder).Concat(Directory.EnumerateDirectories(folder)
            .Where(d => Path.GetFileName(d) is var name && name != Folder && name != RuntimeInformation.RuntimeIdentifier)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories)));

    private static void Copy(string from, string to)
    {
        foreach (var file in ProgramFiles(from))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>True for a managed assembly that is IL only (not already precompiled, not a reference assembly).</summary>
    private static bool IsIlOnly(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            return pe.HasMetadata && pe.PEHeaders.CorHeader is { } cor && cor.ManagedNativeHeaderDirectory.Size == 0
                && !pe.GetMetadataReader().GetAssemblyDefinition().GetCustomAttributes().Any(a => IsReferenceAssemblyAttribute(pe, a));
        }
        catch (BadImageFormatException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    private static bool IsReferenceAssemblyAttribute(PEReader pe, CustomAttributeHandle handle)
    {
        var reader = pe.GetMetadataReader();
        var constructor = reader.GetCustomAttribute(handle).Constructor;
        if (constructor.Kind != HandleKind.MemberReference) return false;
        var parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        return parent.Kind == HandleKind.TypeReference
            && reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name) == "ReferenceAssemblyAttribute";
    }

    /// <summary>One assembly through crossgen2, as the SDK's ReadyToRun compilation calls it (references: this program's folder and the runtime's).</summary>
    private static async Task<bool> CompileAsync(string crossgen, string input, string output)
    {
        var rsp = output + ".rsp";
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        var arch = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        await File.WriteAllLinesAsync(rsp,
        [
            input, "-o:" + output, "--targetos:" + os, "--targetarch:" + arch, "-O",
            "-r:" + Path.Combine(Path.GetDirectoryName(input)!, "*.dll"),
            "-r:" + Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "*.dll"),
        ]);
        var start = new ProcessStartInfo(crossgen) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("@" + rsp);
        try
        {
            using var process = Process.Start(start)!;
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
            await process.WaitForExitAsync();
            await drain;
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
        finally { File.Delete(rsp); }
    }

    /// <summary>crossgen2 of the runtime this program runs on, from the NuGet cache (restored for PublishReadyToRun), or null.</summary>
    private static string? Crossgen2()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var pack = Path.Combine(packages, $"microsoft.netcore.app.crossgen2.{RuntimeInformation.RuntimeIdentifier}".ToLowerInvariant());
        var tool = Path.Combine(pack, Environment.Version.ToString(), "tools", OperatingSystem.IsWindows() ? "crossgen2.exe" : "crossgen2");
        return File.Exists(tool) ? tool : null;
    }

    private static bool IsRunning()
    {
        try
        {
            Directory.CreateDirectory(CopiesFolder);
            using var probe = new FileStream(Path.Combine(CopiesFolder, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException) { return true; }
        catch (UnauthorizedAccessException) { return true; }
    }

    /// <summary>Removes every copy but <paramref name="keep"/>: stale ones, unfinished ones, and files of the old layout.</summary>
    private static void RemoveOthers(string? keep)
    {
        foreach (var file in Directory.GetFiles(CopiesFolder).Where(f => Path.GetFileName(f) is not ".lock" and not LoadedList))
        {
            try { File.Delete(file); }
            catch (IOException) { /* in use */ }
        }
        foreach (var folder in Directory.GetDirectories(CopiesFolder).Where(d => Path.GetFileName(d) != keep))
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* in use */ }
            catch (UnauthorizedAccessException) { /* not ours */ }
        }
    }
}
