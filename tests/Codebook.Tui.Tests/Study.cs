using Codebook.Core.Codings;
using Codebook.Core.Import;
using Codebook.Core.Model;
using Codebook.Core.Search;
using Codebook.Core.Themes;
using Codebook.Core.Time;
using Codebook.Formats.Codebooks;
using Codebook.Formats.Revisions;
using Codebook.Formats.Codings;
using Codebook.Formats.Transcripts;
using Codebook.Search.Indexing;
using Codebook.Storage;
using Codebook.Testing;
using Codebook.Tui.Session;

namespace Codebook.Tui.Tests;

/// <summary>A real project file in a temp folder with sample interviews and the study's codebook (and, for
/// <see cref="Sample"/>, the two coders' sample codings), opened as the UI opens it, with its search index.</summary>
internal sealed class Study : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codebook-tui-").FullName;

    private readonly IndexKeeper _index;

    /// <summary>The whole sample study: every interview, the codebook and the sample codings of ana and luis.</summary>
    public static Study Sample() => new(withCodings: true,
        Directory.GetFiles(Repository.Interviews).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray());

    public Study(params string[] interviews) : this(withCodings: false, interviews)
    {
    }

    private Study(bool withCodings, string[] interviews)
    {
        Path = System.IO.Path.Combine(_folder, "study.codebook");
        var coder = new Coder("ana");
        using (var store = ProjectFile.Create(Path, coder, SystemClock.Instance))
        {
            var importer = new TranscriptImporter(store, coder, SystemClock.Instance, WordDiff.Instance);
            foreach (var name in interviews) importer.Import(TranscriptReader.Read(System.IO.Path.Combine(Repository.Root, "corpus-samples", "interviews", name)));
            var codebook = Repository.StudyCodebook;
            new CodebookImporter(store, coder).Import(CodebookMarkdownReader.Read(codebook), "governance-by-numbers.md");
            if (withCodings)
            {
                var codings = Directory.GetFiles(Repository.Codings, "*.yaml").Order(StringComparer.Ordinal).SelectMany(CodingFileReader.Read).ToList();
                new QuotedCodingApplier(store, coder, SystemClock.Instance).Apply(codings, "the sample study");
            }
        }
        Store = ProjectFile.Open(Path, SystemClock.Instance);
        _index = new IndexKeeper(Store, () => LuceneSearchIndex.Open(LuceneSearchIndex.FolderOf(Path)), _ => { });
        Session = new ProjectSession(Store, coder, SystemClock.Instance, _index.Current);
    }

    public string Path { get; }

    public LiteProjectStore Store { get; private set; }

    public ProjectSession Session { get; }

    /// <summary>A session on the same project for <paramref name="coder"/> coding blind (<c>codebook tui --blind</c>).</summary>
    public ProjectSession BlindSession(string coder) => new(Store, new Coder(coder), SystemClock.Instance, _index.Current, blind: true);

    /// <summary>The project as another process would read it now.</summary>
    public IReadOnlyList<Coding> CodingsOnDisk()
    {
        _index.Dispose();
        Store.Dispose();
        using (var reopened = ProjectFile.Open(Path, SystemClock.Instance)) return reopened.Codings();
    }

    public void Dispose()
    {
        _index.Dispose();
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
