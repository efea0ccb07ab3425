using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;

namespace Codebook.Core.Codings;

/// <summary>Applies quoted codings through <see cref="CodingService"/>, each as its coder. Every entry is checked
/// first (transcript, theme, a quote found exactly once, not coded already), so a file with a mistake changes
/// nothing; the error names the entry's file and line.</summary>
public sealed class QuotedCodingApplier(IProjectStore store, Coder fallback, IClock clock)
{
    public IReadOnlyList<Coding> Apply(IReadOnlyList<QuotedCoding> entries)
    {
        var located = Locate(entries);
        var services = new Dictionary<string, CodingService>(StringComparer.Ordinal);
        var added = new List<Coding>();
        foreach (var (entry, coder, _) in located)
        {
            if (!services.TryGetValue(coder, out var service)) services[coder] = service = new CodingService(store, new Coder(coder), clock);
            added.AddRange(At(entry, () => service.Code(entry.TranscriptId, entry.ThemeId, new MatchSpan(entry.Quote), entry.Memo)));
        }
        return added;
    }

    private List<(QuotedCoding Entry, string Coder, TextSpan Span)> Locate(IReadOnlyList<QuotedCoding> entries)
    {
        var themes = store.Themes().Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var taken = store.Codings().Select(c => (c.TranscriptId, c.ThemeId, c.Coder, c.Span)).ToHashSet();
        var located = new List<(QuotedCoding, string, TextSpan)>();
        foreach (var entry in entries)
        {
            var transcript = store.FindTranscript(entry.TranscriptId)
                ?? throw Bad(ErrorCode.NotFound, entry, $"no transcript '{entry.TranscriptId}' in this project", "see 'codebook transcripts' for the ids");
            if (!themes.Contains(entry.ThemeId))
            {
                throw Bad(ErrorCode.NotFound, entry, $"no theme '{entry.ThemeId}' in this project", "'codebook themes' lists them");
            }
            var spans = At(entry, () => new MatchSpan(entry.Quote, All: true).Locate(transcript));
            if (spans.Count > 1)
            {
                throw Bad(ErrorCode.BadSpan, entry, $"the quote occurs {spans.Count} times in {transcript.Id} ({string.Join(", ", spans)})",
                    "quote more of the passage, so that it names one place");
            }
            var coder = entry.Coder ?? fallback.Name;
            if (!taken.Add((transcript.Id, entry.ThemeId, coder, spans[0])))
            {
                throw Bad(ErrorCode.AlreadyCoded, entry, $"{coder} already coded this passage of {transcript.Id} {spans[0]} with {entry.ThemeId}",
                    "remove the repeated entry, or this file was applied before");
            }
            located.Add((entry, coder, spans[0]));
        }
        return located;
    }

    /// <summary>Runs <paramref name="action"/>, and says which entry a refusal came from.</summary>
    private static T At<T>(QuotedCoding entry, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (CodebookException e) when (e.Where != entry.Where)
        {
            throw new CodebookException(e.Code, $"{e.Message} ({entry.TranscriptId}, {entry.ThemeId})", entry.Where, e.Hint, e);
        }
    }

    private static CodebookException Bad(ErrorCode code, QuotedCoding entry, string message, string hint) =>
        new(code, message, entry.Where, hint);
}
