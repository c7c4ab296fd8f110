namespace EGov.Tests.Notebooks;

/// <summary>Folders of this repository, found by walking up from the test binaries to EGov.slnx.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "EGov.slnx"))) return dir.FullName;
            throw new DirectoryNotFoundException("EGov.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Notebooks => Path.Combine(Root, "notebooks");
}
