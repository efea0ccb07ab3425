using Codebook.Core.Import;
using Codebook.Core.Model;
using Codebook.Core.Themes;
using Codebook.Core.Time;
using Codebook.Formats.Codebooks;
using Codebook.Formats.Revisions;
using Codebook.Formats.Transcripts;
using Codebook.Storage;
using Codebook.Tui.Session;

namespace Codebook.Tui.Tests;

/// <summary>A real project file in a temp folder with sample interviews and the study's codebook, opened as the UI
/// opens it.</summary>
internal sealed class Study : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codebook-tui-").FullName;

    public Study(params string[] interviews)
    {
        Path = System.IO.Path.Combine(_folder, "study.codebook");
        var coder = new Coder("ana");
        using (var store = ProjectFile.Create(Path, coder, SystemClock.Instance))
        {
            var importer = new TranscriptImporter(store, coder, SystemClock.Instance, WordDiff.Instance);
            foreach (var name in interviews) importer.Import(TranscriptReader.Read(System.IO.Path.Combine(Repository.Root, "corpus-samples", "interviews", name)));
            var codebook = System.IO.Path.Combine(Repository.Root, "themes", "governance-by-numbers.md");
            new CodebookImporter(store, coder).Import(CodebookMarkdownReader.Read(codebook), "governance-by-numbers.md");
        }
        Store = ProjectFile.Open(Path, SystemClock.Instance);
        Session = new ProjectSession(Store, coder, SystemClock.Instance);
    }

    public string Path { get; }

    public LiteProjectStore Store { get; private set; }

    public ProjectSession Session { get; }

    /// <summary>The project as another process would read it now.</summary>
    public IReadOnlyList<Coding> CodingsOnDisk()
    {
        Store.Dispose();
        using (var reopened = ProjectFile.Open(Path, SystemClock.Instance)) return reopened.Codings();
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
