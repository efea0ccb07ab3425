using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Text;
using Codebook.Core.Time;

namespace Codebook.Core.Codings;

/// <summary>Applies quoted codings through <see cref="CodingService"/>, each as its coder. Every entry is checked
/// first (transcript, theme, a quote that <see cref="MatchSpan"/> finds exactly once, not coded already), so a file
/// with a mistake changes nothing; the error names the entry's file and line.</summary>
public sealed class QuotedCodingApplier(IProjectStore store, Coder fallback, IClock clock)
{
    /// <summary>Applies <paramref name="entries"/>, one change per coder (so one undo per coder takes an import back),
    /// logged as coming from <paramref name="source"/>.</summary>
    public IReadOnlyList<Coding> Apply(IReadOnlyList<QuotedCoding> entries, string source)
    {
        var added = new List<Coding>();
        foreach (var byCoder in Locate(entries).GroupBy(e => e.Coder, StringComparer.Ordinal))
        {
            var passages = byCoder.Select(e => (e.Entry.TranscriptId, e.Entry.ThemeId, (SpanChoice)new OffsetSpan(e.Span.Start, e.Span.End), e.Entry.Memo)).ToList();
            var service = new CodingService(store, new Coder(byCoder.Key), clock);
            added.AddRange(service.CodeAll(passages, $"imported {Counted.Of(passages.Count, "coding")} by {byCoder.Key} from {source}"));
        }
        return added;
    }

    private List<(QuotedCoding Entry, string Coder, TextSpan Span)> Locate(IReadOnlyList<QuotedCoding> entries)
    {
        var themes = store.Themes().Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var taken = store.Codings().Select(c => (c.TranscriptId, c.ThemeId, c.Coder, c.Span)).ToHashSet();
        var transcripts = store.Transcripts().ToDictionary(t => t.Id, StringComparer.Ordinal);
        var located = new List<(QuotedCoding, string, TextSpan)>();
        foreach (var entry in entries)
        {
            var transcript = transcripts.GetValueOrDefault(entry.TranscriptId)
                ?? throw Bad(ErrorCode.NotFound, entry, $"no transcript '{entry.TranscriptId}' in this project", new ErrorHint(HintKind.ListTranscripts));
            if (!themes.Contains(entry.ThemeId))
            {
                throw Bad(ErrorCode.NotFound, entry, $"no theme '{entry.ThemeId}' in this project", new ErrorHint(HintKind.ListThemes));
            }
            var spans = Find(entry, transcript);
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

    private static IReadOnlyList<TextSpan> Find(QuotedCoding entry, Transcript transcript)
    {
        try
        {
            return new MatchSpan(entry.Quote, All: true).Locate(transcript);
        }
        catch (CodebookException e) when (e.Code == ErrorCode.NotFound)
        {
            throw new CodebookException(e.Code, $"the quote \"{Excerpt.Of(entry.Quote)}\" is not in {transcript.Id}", entry.Where,
                new ErrorHint(HintKind.CopyQuoteExactly), e);
        }
    }

    private static CodebookException Bad(ErrorCode code, QuotedCoding entry, string message, string hint) =>
        new(code, message, entry.Where, hint);

    private static CodebookException Bad(ErrorCode code, QuotedCoding entry, string message, ErrorHint hint) =>
        new(code, message, entry.Where, hint);
}
