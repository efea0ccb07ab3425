namespace Codebook.Benchmarks;

/// <summary>The repository the harness runs from (found by walking up to Codebook.sln), for the sample study and
/// the shared text beside it.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Spanish and French prose shared by the projects (never copied into this repository).</summary>
    public static string BenchText => Path.GetFullPath(Path.Combine(Root, "..", "shared", "bench-text"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Codebook.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("the harness must run inside the Codebook repository");
    }
}
