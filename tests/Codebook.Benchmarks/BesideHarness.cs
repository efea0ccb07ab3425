namespace Codebook.Benchmarks;

/// <summary>Executables built beside the harness by its project references: <c>codebook</c> and the minimal program.</summary>
internal static class BesideHarness
{
    public static string Executable(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? name + ".exe" : name);
        return File.Exists(path) ? path : throw new FileNotFoundException($"build the harness first: the {name} executable is missing", path);
    }
}
