using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Codebook.Core.Agreement;
using Codebook.Core.Analysis;
using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;

namespace Codebook.Core.Tests.Analysis;

/// <summary>What the store's read models (the codings' columns, the transcripts' heads) must not change: every analysis
/// and agreement, as text, and a store that reads around them.</summary>
internal static class ReadModels
{
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>Every analysis and agreement between <paramref name="coders"/>, as text.</summary>
    public static string Analyses(IProjectStore store, IReadOnlyList<string> coders)
    {
        var scope = AnalysisScope.Of(store);
        var results = new List<object>
        {
            ThemeFrequencies.Of(scope, rollup: true),
            ThemeMatrices.ByCase(scope, MatrixCount.Codings, rollup: true),
            CoOccurrences.Of(scope, CoOccurrenceMode.Overlapping),
            CoOccurrences.Of(scope, CoOccurrenceMode.Within(2)),
            Saturation.Of(scope),
            scope.IgnoredCodings.Count,
            scope.Transcripts.Select(t => new { t.Id, t.Title, t.CaseId, t.ImportedAt }).ToList(),
        };
        try
        {
            var agreement = AgreementScope.Of(store, coders);
            foreach (var unit in new[] { AgreementUnit.Passage, AgreementUnit.Char })
            {
                var report = AgreementReport.Of(agreement, unit);
                results.Add(report.Themes);
                results.Add(report.Overall!);
            }
            results.Add(Disagreements.Of(agreement).Select(d => d.Id).ToList());
        }
        catch (CodebookException e)
        {
            results.Add(e.Message);
        }
        return JsonSerializer.Serialize(results, Json);
    }

    /// <summary>One change: 1 to <paramref name="most"/> codings by one of <paramref name="coders"/> on spans of up to
    /// 600 characters of one transcript, some overlapping; a memo on about one in four when <paramref name="memos"/>.</summary>
    public static void CodeRandomly(IProjectStore store, Random random, IReadOnlyList<string> coders, string transcriptId, int length,
        int most, bool memos = false)
    {
        var themes = store.Themes();
        var coding = new CodingService(store, new Coder(coders[random.Next(coders.Count)]), SystemClock.Instance);
        var spans = Enumerable.Range(0, 1 + random.Next(most)).Select(_ =>
        {
            int start = random.Next(length - 1);
            return (transcriptId, themes[random.Next(themes.Count)].Id, (SpanChoice)new OffsetSpan(start, Math.Min(length, start + 1 + random.Next(600))),
                memos && random.Next(4) == 0 ? "a memo" : null);
        });
        coding.CodeAll(spans.ToList(), "random codings");
    }

    /// <summary>A transcript as the read model of heads keeps it: its text, turns and file lines left out.</summary>
    public static Transcript WithoutText(Transcript transcript)
    {
        transcript.Text = "";
        transcript.Turns = [];
        transcript.FileLines = [];
        return transcript;
    }

    /// <summary>The store, but analyses read the codings whole from their documents, and the transcripts whole from
    /// theirs, less their text, turns and file lines (which analyses show as they are given).</summary>
    public class ReadingDocuments : DispatchProxy
    {
        private IProjectStore _inner = null!;

        public static IProjectStore Of(IProjectStore inner)
        {
            var proxy = Create<IProjectStore, ReadingDocuments>();
            ((ReadingDocuments)(object)proxy)._inner = inner;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? method, object?[]? args) => method!.Name switch
        {
            nameof(IProjectStore.CodingsForAnalysis) => _inner.Codings(),
            nameof(IProjectStore.TranscriptsWithoutText) => _inner.Transcripts().Select(WithoutText).ToList(),
            _ => method.Invoke(_inner, args),
        };
    }
}
