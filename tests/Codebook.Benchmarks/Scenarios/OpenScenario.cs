using Codebook.Formats.Revisions;
using System.Text.Json.Nodes;
using Codebook.Benchmarks.Corpus;
using Codebook.Benchmarks.Measuring;
using Codebook.Core.Import;
using Codebook.Core.Model;
using Codebook.Core.Themes;
using Codebook.Core.Time;
using Codebook.Formats.Codebooks;
using Codebook.Formats.Transcripts;
using Codebook.Storage;
using Codebook.Testing;
using Codebook.Tui;
using Codebook.Tui.Session;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace Codebook.Benchmarks.Scenarios;

/// <summary>The reader on a 300,000-character transcript with 2,000 codings, headless: the project opened, the main
/// window built (it opens the first transcript), laid out and drawn; then one screen down (PageDown) and drawn.</summary>
internal static class OpenScenario
{
    public const int TranscriptChars = 300_000;
    public const int Codings = 2_000;
    private const int Opens = 5;
    private const int Scrolls = 30;
    private const int ReaderRedraws = 20;

    public static void Run(BenchText text, Report report)
    {
        var folder = Directory.CreateTempSubdirectory("codebook-bench-open-").FullName;
        try
        {
            var path = Path.Combine(folder, "long.codebook");
            int chars = Prepare(path, folder, text);
            // Terminal.Gui v2 has no fake driver: this makes the ANSI driver draw into memory instead of the terminal.
            Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
            var opens = new List<(double Wall, double? Cpu)>();
            var scrolls = new List<(double Wall, double? Cpu)>();
            var detail = new JsonObject();
            for (int i = 0; i < Opens; i++) opens.Add(OpenAndScroll(path, i == Opens - 1 ? scrolls : null, detail));
            report.Add("openChars", chars);
            report.Add("openColdMs", opens[0].Wall);
            report.Add("openTranscriptMs", Timing.Percentile(opens.Skip(1).Select(o => o.Wall).ToList(), 50));
            report.Add("scrollMs", Timing.Percentile(scrolls.Select(s => s.Wall).ToList(), 50));
            report.Add("scrollMaxMs", scrolls.Max(s => s.Wall));
            // The same runs in CPU time of the thread, which the load of the machine does not stretch.
            if (opens.All(o => o.Cpu is not null) && scrolls.All(s => s.Cpu is not null))
            {
                report.Add("openColdCpuMs", opens[0].Cpu!.Value);
                report.Add("openTranscriptCpuMs", Timing.Percentile(opens.Skip(1).Select(o => o.Cpu!.Value).ToList(), 50));
                report.Add("scrollCpuMs", Timing.Percentile(scrolls.Select(s => s.Cpu!.Value).ToList(), 50));
            }
            report.Add("open", detail);
        }
        finally
        {
            Environment.SetEnvironmentVariable("DisableRealDriverIO", null);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A project holding the long transcript, the study's codebook and the codings.</summary>
    private static int Prepare(string path, string folder, BenchText text)
    {
        var (name, content) = new InterviewWriter(text).Write(1, "fr", TranscriptChars);
        var file = Path.Combine(folder, name);
        File.WriteAllText(file, content);
        var coder = new Coder(CodingPlan.FirstCoder);
        using var store = ProjectFile.Create(path, coder, SystemClock.Instance);
        var codebook = Repository.StudyCodebook;
        new CodebookImporter(store, coder).Import(CodebookMarkdownReader.Read(codebook), "governance-by-numbers.md");
        new TranscriptImporter(store, coder, SystemClock.Instance, WordDiff.Instance).Import(TranscriptReader.Read(file));
        var transcript = store.Transcripts().Single();
        var codings = new CodingPlan(store.Themes().Select(t => t.Id).ToList()).For(transcript, Codings).ToList();
        store.Commit(coder.Name, "codings import", $"imported {codings.Count} codings", changes =>
        {
            foreach (var coding in codings) changes.Put(coding);
        });
        return transcript.Text.Length;
    }

    /// <summary>Milliseconds from opening the project file to the first screen drawn, wall-clock and CPU of this
    /// thread; the scrolls' into <paramref name="scrolls"/>.</summary>
    /// <param name="detail">Where the time of the last run goes: opening the file, building the window, drawing;
    /// the key and the redraw of the last scroll.</param>
    private static (double Wall, double? Cpu) OpenAndScroll(string path, List<(double Wall, double? Cpu)>? scrolls, JsonObject detail)
    {
        using IApplication app = Application.Create().Init(DriverRegistry.Names.ANSI);
        app.Driver!.SetScreenSize(160, 50);
        var cpu = ThreadCpu.Now();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var store = Timing.Milliseconds(() => ProjectFile.Open(path, SystemClock.Instance), out double storeMs);
        using var window = Timing.Milliseconds(() => new MainWindow(new ProjectSession(store, new Coder(CodingPlan.FirstCoder), SystemClock.Instance)), out double windowMs);
        double drawMs = Timing.Milliseconds(() =>
        {
            app.Begin(window);
            app.LayoutAndDraw();
        });
        double ms = Timing.Round(watch.Elapsed.TotalMilliseconds);
        double? cpuMs = ThreadCpu.Now() - cpu is { } used ? Timing.Round(used) : null;
        (detail["storeOpenMs"], detail["mainWindowMs"], detail["firstDrawMs"]) = (storeMs, windowMs, drawMs);
        for (int i = 0; scrolls is not null && i < Scrolls; i++)
        {
            double keyMs = 0, redrawMs = 0;
            var scrollCpu = ThreadCpu.Milliseconds(() =>
            {
                keyMs = Timing.Milliseconds(() => app.InjectKey(Key.PageDown));
                redrawMs = Timing.Milliseconds(() => app.LayoutAndDraw());
            });
            scrolls.Add((keyMs + redrawMs, scrollCpu));
            (detail["scrollKeyMs"], detail["scrollDrawMs"]) = (keyMs, redrawMs);
        }
        window.Reader.SetNeedsDraw();
        detail["readerOnlyDrawMs"] = Timing.Milliseconds(() => app.LayoutAndDraw());
        if (scrolls is not null)
        {
            // The reader alone drawn again, many times: its own share of a screen, in CPU time.
            var redraws = Enumerable.Range(0, ReaderRedraws).Select(_ => ThreadCpu.Milliseconds(() =>
            {
                window.Reader.SetNeedsDraw();
                app.LayoutAndDraw();
            })).ToList();
            if (redraws.All(r => r is not null)) detail["readerOnlyDrawCpuMs"] = Timing.Percentile(redraws.Select(r => r!.Value).ToList(), 50);
        }
        return (ms, cpuMs);
    }
}
