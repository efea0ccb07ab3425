using System.Reflection;
using Codebook.Core.Cases;
using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Import;
using Codebook.Core.Model;
using Codebook.Core.Themes;
using Codebook.Core.Time;
using Codebook.Formats.Cases;
using Codebook.Formats.Codebooks;
using Codebook.Formats.Codings;
using Codebook.Formats.Revisions;
using Codebook.Formats.Transcripts;
using Codebook.Storage;

namespace Codebook.Cli.Demo;

/// <summary>The fictional 17-interview study shipped inside the executable, built into a project on demand.</summary>
public static class SampleStudy
{
    public const string DataVariable = "CODEBOOK_DATA";
    private const string InterviewsPrefix = "sample/interviews/";
    private const string ThemesPrefix = "sample/themes/";
    private const string CodingsPrefix = "sample/codings/";
    private const string ParticipantsPrefix = "sample/participants/";

    /// <summary>Where the demo project lives: $CODEBOOK_DATA, else the user's data folder.</summary>
    public static string DefaultPath()
    {
        var data = Environment.GetEnvironmentVariable(DataVariable);
        if (string.IsNullOrWhiteSpace(data))
        {
            data = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "codebook");
        }
        return Path.Combine(data, "sample-study" + ProjectFile.Extension);
    }

    /// <summary>Builds the study (transcripts, codebook, the participants' table as case attributes, and the two
    /// coders' sample codings) at <paramref name="path"/>:
    /// beside it first, then moved into place, so an interrupted build never leaves half a study where the next run
    /// would reuse it.</summary>
    public static void Build(string path, Coder coder, IClock clock)
    {
        var building = path + ".building";
        if (File.Exists(building)) File.Delete(building);
        using (var store = ProjectFile.Create(building, coder, clock))
        {
            var importer = new TranscriptImporter(store, coder, clock, WordDiff.Instance);
            foreach (var (name, bytes) in Resources(InterviewsPrefix)) importer.Import(TranscriptReader.Read(name, bytes));
            var codebooks = new CodebookImporter(store, coder);
            foreach (var (name, bytes) in Resources(ThemesPrefix))
            {
                codebooks.Import(CodebookMarkdownReader.Parse(System.Text.Encoding.UTF8.GetString(bytes), name), name);
            }
            foreach (var (name, bytes) in Resources(ParticipantsPrefix))
            {
                var table = AttributeTableReader.ReadCsv(new StringReader(System.Text.Encoding.UTF8.GetString(bytes)), name);
                new CaseService(store, coder).Import(CaseImport.Plan(store, table, keyColumn: null));
            }
            var codings = Resources(CodingsPrefix).SelectMany(file => CodingFileReader.Parse(System.Text.Encoding.UTF8.GetString(file.Bytes), file.Name)).ToList();
            new QuotedCodingApplier(store, coder, clock).Apply(codings, "the sample study");
        }
        File.Move(building, path);
    }

    private static IEnumerable<(string Name, byte[] Bytes)> Resources(string prefix)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            throw new CodebookException(ErrorCode.BadProject, $"this build of Codebook carries no sample files ({prefix})", null,
                "build Codebook from a full clone of its repository");
        }
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            yield return (name[prefix.Length..], copy.ToArray());
        }
    }
}
