using Codebook.Formats.Revisions;
using Codebook.Benchmarks.Measuring;
using Codebook.Core.Import;
using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Formats.Transcripts;
using Codebook.Search.Analysis;
using Fields = Codebook.Search.Indexing.Fields;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Codebook.Benchmarks.Scenarios;

/// <summary>End-to-end import as <c>codebook import</c> does it (read and parse each file, store it in one change,
/// index it through the keeper), against bare Lucene.Net indexing of the same passages with the same analyzers.</summary>
internal static class ImportScenario
{
    public static void Run(Workspace workspace, Report report)
    {
        WarmUp(workspace);
        var store = workspace.CreateProject();
        var importer = new TranscriptImporter(store, new Coder("ana"), SystemClock.Instance, WordDiff.Instance);
        double parseMs = 0, storeAndIndexMs = 0, importMs = 0;
        double importCpuMs = ProcessCpu.Milliseconds(() => importMs = Timing.Milliseconds(() =>
        {
            // As `codebook import` does: one index update for the run, made at the release.
            workspace.Keeper!.Hold();
            foreach (var file in workspace.Files)
            {
                var parsed = Timing.Milliseconds(() => TranscriptReader.Read(file), out double ms);
                parseMs += ms;
                storeAndIndexMs += Timing.Milliseconds(() => importer.Import(parsed));
            }
            storeAndIndexMs += Timing.Milliseconds(workspace.Keeper.Release);
        }));
        // The scenario's peak also covers the baseline below, which holds every transcript's text at once.
        double importPeakMB = PeakMemory.Megabytes();
        var transcripts = store.Transcripts();
        double baselineMs = 0;
        double baselineCpuMs = ProcessCpu.Milliseconds(() => baselineMs = Timing.Milliseconds(() => BareLucene(workspace.Temp("bare-index"), transcripts)));

        double importMBps = workspace.Megabytes / (importMs / 1000);
        double baselineMBps = workspace.Megabytes / (baselineMs / 1000);
        report.Add("corpusMB", workspace.Megabytes);
        report.Add("transcripts", transcripts.Count);
        report.Add("passages", transcripts.Sum(t => Passages.Of(t).Count));
        report.Add("importMs", importMs);
        report.Add("importParseMs", parseMs);
        report.Add("importStoreAndIndexMs", storeAndIndexMs);
        report.Add("importIndexWriteMs", workspace.IndexWriteMs);
        report.Add("importMBps", importMBps);
        report.Add("luceneBaselineMBps", baselineMBps);
        report.Add("importRatio", importMBps / baselineMBps);
        report.Add("importCpuMs", importCpuMs);
        report.Add("luceneBaselineCpuMs", baselineCpuMs);
        report.Add("importCpuRatio", baselineCpuMs / importCpuMs);
        report.Add("importPeakWorkingSetMB", importPeakMB);
    }

    /// <summary>Lucene's code, which the import and the baseline share, JIT-compiled before either is timed: the import
    /// runs first and would otherwise pay alone for compiling it (tiered compilation promotes hot code only after
    /// it has run a while), which at 20 MB made its analysis chains look five times as dear as the baseline's.
    /// Bare Lucene on the first files (about 1 MB), untimed; the import still pays for compiling its own code.</summary>
    private static void WarmUp(Workspace workspace)
    {
        var first = workspace.Files.Take(WarmUpFiles).Select(file => TranscriptReader.Read(file).Transcript).ToList();
        BareLucene(workspace.Temp("warm-up-index"), first);
    }

    private const int WarmUpFiles = 25;

    /// <summary>One document per passage with the fields that carry text, written once and committed once.</summary>
    private static void BareLucene(string folder, IReadOnlyList<Transcript> transcripts)
    {
        using var directory = FSDirectory.Open(new DirectoryInfo(folder));
        using var analyzer = Analyzers.PerField();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.Version, analyzer));
        foreach (var transcript in transcripts)
        {
            var languageField = Analyzers.TextFieldFor(transcript.Language);
            foreach (var passage in Passages.Of(transcript))
            {
                var text = transcript.Text.Substring(passage.Span.Start, passage.Span.Length);
                var doc = new Document
                {
                    new TextField(Fields.Text, text, Field.Store.YES),
                    new StringField(Fields.Transcript, transcript.Id, Field.Store.YES),
                };
                if (languageField is not null) doc.Add(new TextField(languageField, text, Field.Store.NO));
                writer.AddDocument(doc);
            }
        }
        writer.Commit();
    }
}
