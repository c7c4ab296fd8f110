using System.Globalization;

namespace EGov.Cli.Run;

/// <summary>
/// The processes of this machine as Linux's <c>/proc</c> lists them (parent, state, resident memory), for the two ends of
/// egov run's process hygiene: a worker finding and killing what its notebook started, and egov run watching the memory
/// of a worker with everything under it. Elsewhere than Linux it is empty.
/// </summary>
internal static class ProcessTable
{
    /// <summary>One process: its parent and whether it is a zombie (ended, not yet reaped: it holds no memory).</summary>
    internal readonly record struct Entry(int Pid, int Parent, bool Zombie);

    /// <summary>Every process now (those that end while the table is read are left out).</summary>
    public static IReadOnlyList<Entry> Snapshot()
    {
        var entries = new List<Entry>();
        if (!OperatingSystem.IsLinux()) return entries;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (name.Length == 0 || !name.All(char.IsAsciiDigit)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // "pid (comm) state ppid ...": the command may hold spaces and parentheses, so read after the last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                entries.Add(new Entry(int.Parse(name, CultureInfo.InvariantCulture), int.Parse(fields[1], CultureInfo.InvariantCulture), fields[0] is "Z" or "X"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException) { /* ended meanwhile */ }
        }
        return entries;
    }

    /// <summary>The live processes under <paramref name="ancestor"/> (children, their children, ...), not itself.</summary>
    public static IReadOnlyList<int> Descendants(int ancestor, IReadOnlyList<Entry>? table = null)
    {
        table ??= Snapshot();
        var children = table.ToLookup(e => e.Parent);
        var found = new List<int>();
        var queue = new Queue<int>([ancestor]);
        var seen = new HashSet<int> { ancestor };
        while (queue.TryDequeue(out var pid))
            foreach (var child in children[pid])
                if (seen.Add(child.Pid))
                {
                    if (!child.Zombie) found.Add(child.Pid);
                    queue.Enqueue(child.Pid);
                }
        return found;
    }

    /// <summary>Resident memory of <paramref name="pid"/> in bytes (VmRSS; 0 when it is gone).</summary>
    public static long ResidentBytes(int pid)
    {
        try
        {
            // statm: size resident shared ... in pages.
            var statm = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/statm").Split(' ');
            return long.Parse(statm[1], CultureInfo.InvariantCulture) * Environment.SystemPageSize;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException) { return 0; }
    }

    /// <summary>Resident memory of <paramref name="pid"/> and every live process under it, in bytes.</summary>
    public static long TreeResidentBytes(int pid) => ResidentBytes(pid) + Descendants(pid).Sum(ResidentBytes);
}
