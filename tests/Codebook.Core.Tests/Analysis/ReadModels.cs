using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Codebook.Core.Agreement;
using Codebook.Core.Analysis;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;

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

        private static Transcript WithoutText(Transcript transcript)
        {
            transcript.Text = "";
            transcript.Turns = [];
            transcript.FileLines = [];
            return transcript;
        }
    }
}
