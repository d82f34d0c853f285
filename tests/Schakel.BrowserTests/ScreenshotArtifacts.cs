namespace Schakel.BrowserTests;

/// <summary>Where browser tests leave files for people to look at: <c>artifacts/</c> at the repository root (gitignored).</summary>
public static class ScreenshotArtifacts
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Folder(string name)
    {
        var path = Path.Combine(RepositoryRoot, "artifacts", name);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Schakel.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Schakel.slnx not found above " + AppContext.BaseDirectory);
    }
}
