using Codebook.Benchmarks.Measuring;
using Codebook.Cli;
using Codebook.Core.Search;
using Codebook.Core.Time;
using Codebook.Search.Indexing;
using Codebook.Search.Indexing.Encryption;
using Codebook.Storage;

namespace Codebook.Benchmarks.Scenarios;

/// <summary>The query mix on the coded corpus in an encrypted project, against the same project in clear, in the same
/// run: two copies of the workspace's project (one encrypted by <c>encrypt</c>'s own code), each with its index built
/// as a command builds a missing one, closed, then opened again as the next command opens them, and queried in turns
/// so that the machine's load weighs on both alike.</summary>
internal static class EncryptedQueryScenario
{
    private const int Rounds = 30;
    private const int Limit = 20;
    private const string Password = "correct horse battery staple";

    public static void Run(Workspace workspace, Report report)
    {
        var clear = Copy(workspace, "clear.codebook");
        var encrypted = Copy(workspace, "encrypted.codebook");
        ProjectFile.Encrypt(encrypted, SystemClock.Instance, Opening, Password);

        report.Add("clearIndexBuildMs", Build(clear));
        report.Add("encryptedIndexBuildMs", Build(encrypted));
        report.Add("indexRekeyMs", Rekey(workspace, LuceneSearchIndex.FolderOf(clear)));
        // Once each untimed, so neither open below pays for compiling what both use.
        using (var warm = Project.Open(clear)) warm.Index.Current();
        using (var warm = Project.Open(encrypted)) warm.Index.Current();

        using var inClear = Project.Open(clear);
        using var inCipher = Project.Open(encrypted);
        var clearIndex = Timing.Milliseconds(inClear.Index.Current, out double clearOpenMs);
        var encryptedIndex = Timing.Milliseconds(inCipher.Index.Current, out double encryptedOpenMs);
        report.Add("clearIndexOpenMs", clearOpenMs);
        report.Add("encryptedIndexOpenMs", encryptedOpenMs);

        var clearTimes = new Latencies();
        var encryptedTimes = new Latencies();
        foreach (var (query, _) in QueryMix.All)
        {
            if (clearIndex.Search(query, Limit).Total != encryptedIndex.Search(query, Limit).Total)
            {
                throw new InvalidOperationException($"the encrypted index finds other passages than the index in clear for {query}");
            }
        }
        for (int round = 0; round < Rounds; round++)
        {
            foreach (var (query, _) in QueryMix.All)
            {
                clearTimes.Time(() => clearIndex.Search(query, Limit));
                encryptedTimes.Time(() => encryptedIndex.Search(query, Limit));
            }
        }
        double clearP50 = clearTimes.Percentile(50), encryptedP50 = encryptedTimes.Percentile(50);
        report.Add("clearQueryP50Ms", clearP50);
        report.Add("encryptedQueryP50Ms", encryptedP50);
        report.Add("encryptedQueryRatio", encryptedP50 / clearP50);
        report.Add("clearQueryP95Ms", clearTimes.Percentile(95));
        report.Add("encryptedQueryP95Ms", encryptedTimes.Percentile(95));
        if (clearTimes.CpuPercentile(50) is { } clearCpu && encryptedTimes.CpuPercentile(50) is { } encryptedCpu)
        {
            report.Add("clearQueryCpuP50Ms", clearCpu);
            report.Add("encryptedQueryCpuP50Ms", encryptedCpu);
            report.Add("encryptedQueryCpuRatio", encryptedCpu / clearCpu);
        }
    }

    private static readonly ProjectOpening Opening = new() { Doing = "benchmark", Password = () => Password };

    /// <summary>A copy of the workspace's project at <paramref name="name"/>, made as a backup is.</summary>
    private static string Copy(Workspace workspace, string name)
    {
        var path = workspace.Temp(name);
        File.Move(workspace.Store!.Backup("benchmark").Path, path);
        return path;
    }

    /// <summary>Milliseconds to build the missing index of the project at <paramref name="path"/>: what an encrypted
    /// project paid in every command that searched when its index was kept in memory only.</summary>
    private static double Build(string path)
    {
        using var project = Project.Open(path);
        return Timing.Milliseconds(() => project.Index.Current());
    }

    /// <summary>Milliseconds to re-key a copy of the index in clear at <paramref name="folder"/> with the password, as
    /// <c>encrypt</c> does instead of leaving the index for the next search to build.</summary>
    private static double Rekey(Workspace workspace, string folder)
    {
        var copy = workspace.Temp("rekeyed.index");
        System.IO.Directory.CreateDirectory(copy);
        foreach (var file in System.IO.Directory.GetFiles(folder)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        if (!Timing.Milliseconds(() => IndexRekeying.Rekey(copy, null, Password), out double ms)) throw new InvalidOperationException("the index in clear could not be re-keyed");
        return ms;
    }

    /// <summary>A project and its index, wired as a command wires them (<see cref="OpenProject.IndexOf"/>).</summary>
    private sealed class Project(LiteProjectStore store, IndexKeeper index) : IDisposable
    {
        public IndexKeeper Index => index;

        public static Project Open(string path)
        {
            var store = ProjectFile.Open(path, SystemClock.Instance, Opening);
            return new Project(store, new IndexKeeper(store, OpenProject.IndexOf(store, LuceneSearchIndex.FolderOf(path)), _ => { }));
        }

        public void Dispose()
        {
            index.Dispose();
            store.Dispose();
        }
    }

    /// <summary>Wall and thread CPU milliseconds of each search.</summary>
    private sealed class Latencies
    {
        private readonly List<double> wall = [];
        private readonly List<double> cpu = [];

        public void Time(Func<SearchResults> search)
        {
            var cpuBefore = ThreadCpu.Now();
            Timing.Milliseconds(search, out double ms);
            if (ThreadCpu.Now() - cpuBefore is { } cpuMs) cpu.Add(cpuMs);
            wall.Add(ms);
        }

        public double Percentile(double p) => Timing.Percentile(wall, p);

        public double? CpuPercentile(double p) => cpu.Count > 0 ? Timing.Percentile(cpu, p) : null;
    }
}
