using System.Text;
using Codebook.Core.Model;
using Codebook.Core.Quotes;
using Codebook.Core.Search;
using Codebook.Formats.Codebooks;
using Codebook.Formats.Codings;
using Codebook.Formats.Refi;
using Codebook.Formats.Transcripts;
using Codebook.Search.Indexing;
using Codebook.Testing;

namespace Codebook.Fuzz;

/// <summary>Every parser of bad input Codebook has, each read the way the product reads it. The query target
/// searches a small index of the study, kept in a temporary folder until disposed.</summary>
public sealed class FuzzTargets : IDisposable
{
    private readonly string _indexFolder = Path.Combine(Path.GetTempPath(), "codebook-fuzz-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<LuceneSearchIndex> _index;
    private readonly Lazy<Quote> _quote = new(SampleQuote);

    public FuzzTargets()
    {
        _index = new Lazy<LuceneSearchIndex>(BuildIndex);
        var docx = Seeds.Transcripts(".docx");
        var qdpx = Seeds.Qdpx();
        All =
        [
            Transcript("txt", ".txt", Seeds.Transcripts(".txt")),
            Transcript("md", ".md", Seeds.Transcripts(".md")),
            Transcript("vtt", ".vtt", Seeds.Transcripts(".vtt")),
            Transcript("srt", ".srt", Seeds.Srt()),
            new("front-matter", ".txt", Seeds.FrontMatters(), FrontMatterTranscript, ReadTranscript(".txt")),
            Transcript("docx", ".docx", docx),
            new("docx-xml", ".docx", [.. docx.Select(d => ZipParts.Read(d, IsWordBody))], xml => ZipParts.Replace(docx[0], IsWordBody, xml), ReadTranscript(".docx")),
            new("codebook", ".md", Seeds.Codebooks(), Same, bytes => CodebookMarkdownReader.Parse(Text(bytes), "fuzz.md")),
            new("codings", ".yaml", Seeds.CodingFiles(), Same, bytes => CodingFileReader.Parse(Text(bytes), "fuzz.yaml")),
            new("qdc", ".qdc", Seeds.Qdc(), Same, bytes => QdcReader.Read(new MemoryStream(bytes), "fuzz.qdc")),
            new("qdpx", ".qdpx", qdpx, Same, ReadQdpx),
            new("qdpx-xml", ".qdpx", [.. qdpx.Select(q => ZipParts.Read(q, IsProjectXml))], xml => ZipParts.Replace(qdpx[0], IsProjectXml, xml), ReadQdpx),
            new("query", ".txt", Queries, Same, bytes => _index.Value.Search(Text(bytes), 5)),
            new("citation-template", ".txt", Templates, Same, ReadTemplate),
        ];
    }

    public IReadOnlyList<FuzzTarget> All { get; }

    public FuzzTarget this[string name] => All.Single(t => t.Name == name);

    public void Dispose()
    {
        if (_index.IsValueCreated) _index.Value.Dispose();
        if (Directory.Exists(_indexFolder)) Directory.Delete(_indexFolder, recursive: true);
    }

    private static readonly IReadOnlyList<byte[]> Queries = Utf8(
        "école", "theme:resistance AND chiffres", "\"les chiffres\"~3", "indic* OR objectif?", "NOT formulaire", "(atoma OR cahier) AND -rires",
        "case.role:conseillère", "chiffre~", "plazo^2 AND meta", "[a TO c]", "*isation", "theme:perte-de-sens language:es");

    private static readonly IReadOnlyList<byte[]> Templates = Utf8(
        CitationTemplate.Default, "{speaker} ({speakerRole}), {attr.commune}, {date}", "{pseudonym} ({role}, {commune})", "{{{case}}} {title} [{language}] {theme}/{coder}",
        "l. {lines} – {time}");

    private static IReadOnlyList<byte[]> Utf8(params string[] texts) => [.. texts.Select(Encoding.UTF8.GetBytes)];

    private static FuzzTarget Transcript(string name, string extension, IReadOnlyList<byte[]> seeds) =>
        new(name, extension, seeds, Same, ReadTranscript(extension));

    private static Action<byte[]> ReadTranscript(string extension) => bytes => TranscriptReader.Read("fuzz" + extension, bytes);

    private static byte[] FrontMatterTranscript(byte[] yaml) =>
        [.. "---\n"u8, .. yaml, .. "\n---\nENQ: Bonjour, vous pouvez vous présenter ?\nNADIA: Oui. Je suis conseillère.\n"u8];

    private static void ReadQdpx(byte[] bytes) => QdpxReader.Read(new MemoryStream(bytes), "fuzz.qdpx", "fuzz", Seeds.Created);

    private void ReadTemplate(byte[] bytes) =>
        CitationTemplate.Parse(Text(bytes), _quote.Value.Case.Attributes.Keys).Render(_quote.Value);

    /// <summary>A quote of the study with a case, a theme, two coders and a time, for templates to cite.</summary>
    private static Quote SampleQuote()
    {
        var parsed = TranscriptReader.Read(Path.Combine(Repository.Interviews, "fr01-nadia.txt"));
        var @case = parsed.Case ?? new Case { Id = "fr01", Name = "Nadia" };
        return new Quote(parsed.Transcript, @case, Seeds.StudyThemes()[0], ["ana", "luis"], new TextSpan(0, 10),
            parsed.Transcript.Text[..10], (1, 2), TimeSpan.FromSeconds(65), null, []);
    }

    private LuceneSearchIndex BuildIndex()
    {
        var index = LuceneSearchIndex.Open(_indexFolder);
        var project = Seeds.StudyProject();
        index.Rebuild(project.Transcripts.Select(t => new IndexedTranscript(t, project.Cases.FirstOrDefault(c => c.Id == t.CaseId),
            [.. project.Codings.Where(c => c.TranscriptId == t.Id)], project.Themes)), 1);
        return index;
    }

    private static bool IsWordBody(string part) => part == "word/document.xml";

    private static bool IsProjectXml(string part) => part.EndsWith(".qde", StringComparison.OrdinalIgnoreCase);

    private static byte[] Same(byte[] bytes) => bytes;

    /// <summary>Text parsers get what a file's bytes decode to, invalid UTF-8 included (as U+FFFD).</summary>
    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
