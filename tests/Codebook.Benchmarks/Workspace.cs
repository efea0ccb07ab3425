using Codebook.Benchmarks.Corpus;
using Codebook.Benchmarks.Measuring;
using Codebook.Core.Model;
using Codebook.Core.Search;
using Codebook.Core.Themes;
using Codebook.Core.Time;
using Codebook.Formats.Codebooks;
using Codebook.Search.Indexing;
using Codebook.Storage;
using Codebook.Testing;

namespace Codebook.Benchmarks;

/// <summary>A temp folder with the corpus files, and the project made from them: a real project file and a real
/// index on disk, wired together as <c>Cli/OpenProject.cs</c> wires them, so every commit reaches the index.</summary>
internal sealed class Workspace : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codebook-bench-").FullName;
    private readonly List<string> _notices = [];
    private TimedSearchIndex? _index;

    public Workspace(double megabytes, BenchText text)
    {
        Files = CorpusFolder.Write(Path.Combine(_folder, "corpus"), megabytes, text);
        Bytes = Files.Sum(f => new FileInfo(f).Length);
        ProjectPath = Path.Combine(_folder, "bench.codebook");
    }

    public IReadOnlyList<string> Files { get; }

    public long Bytes { get; }

    public double Megabytes => Bytes / 1024.0 / 1024.0;

    public string ProjectPath { get; }

    public string Temp(string name) => Path.Combine(_folder, name);

    public LiteProjectStore? Store { get; private set; }

    public IndexKeeper? Keeper { get; private set; }

    /// <summary>What the index keeper said (rebuilds, failed updates).</summary>
    public IReadOnlyList<string> Notices => _notices;

    /// <summary>Milliseconds spent writing the index so far (updates and rebuilds).</summary>
    public double IndexWriteMs => _index?.WriteMs ?? 0;

    /// <summary>A new project with the study's codebook, its index kept by an <see cref="IndexKeeper"/>.</summary>
    public LiteProjectStore CreateProject()
    {
        var coder = new Coder(CodingPlan.FirstCoder);
        Store = ProjectFile.Create(ProjectPath, coder, SystemClock.Instance);
        var indexFolder = LuceneSearchIndex.FolderOf(ProjectPath);
        Keeper = new IndexKeeper(Store, () => _index = new TimedSearchIndex(LuceneSearchIndex.Open(indexFolder)), _notices.Add);
        var codebook = Repository.StudyCodebook;
        new CodebookImporter(Store, coder).Import(CodebookMarkdownReader.Read(codebook), "governance-by-numbers.md");
        return Store;
    }

    public void Dispose()
    {
        Keeper?.Dispose();
        Store?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
