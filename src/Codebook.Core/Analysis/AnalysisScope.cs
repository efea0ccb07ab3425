using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Themes;

namespace Codebook.Core.Analysis;

/// <summary>What every analysis reads: the transcripts in import order, their cases, the theme tree and the codings
/// that count. Codings of themes or transcripts no longer in the project are set aside in
/// <see cref="IgnoredCodings"/> so that commands can say so; codings outside a restriction are simply left out.
/// Read from a store, the transcripts come without their text: an analysis that needs passages or words reads the
/// outlines of the coded transcripts when it first asks (<see cref="OutlineOf"/>), never their text.</summary>
public sealed class AnalysisScope
{
    private readonly Dictionary<string, Transcript> _transcripts;
    private readonly Dictionary<string, Case> _cases;
    private readonly ILookup<string, Coding> _byTheme;
    private readonly Lazy<Dictionary<string, TranscriptOutline>> _outlines;

    /// <param name="outlinesOf">Where the transcripts' outlines are read, when <paramref name="transcripts"/> come
    /// without their text; when null, they carry their text and the outlines are made from it.</param>
    public AnalysisScope(
        IEnumerable<Transcript> transcripts, IEnumerable<Case> cases, IEnumerable<Theme> themes, IEnumerable<Coding> codings,
        PassageRestriction? restriction = null, Func<IReadOnlyList<string>, IReadOnlyList<TranscriptOutline>>? outlinesOf = null)
    {
        Transcripts = transcripts.OrderBy(t => t.ImportedAt).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        _transcripts = Transcripts.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _cases = cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Tree = new ThemeTree(themes);
        var all = codings.ToList();
        bool Known(Coding c) => Tree.Find(c.ThemeId) is not null && _transcripts.ContainsKey(c.TranscriptId);
        IgnoredCodings = all.Where(c => !Known(c)).ToList();
        Codings = all.Where(c => Known(c) && (restriction is null || restriction.Admits(c))).ToList();
        _byTheme = Codings.ToLookup(c => c.ThemeId, StringComparer.Ordinal);
        // Only the coded transcripts' outlines: nothing else is counted in.
        _outlines = new(() => (outlinesOf ?? (ids => ids.Select(id => TranscriptOutline.Of(TranscriptOf(id))).ToList()))(
                Codings.Select(c => c.TranscriptId).Distinct(StringComparer.Ordinal).ToList())
            .ToDictionary(o => o.TranscriptId, StringComparer.Ordinal));
    }

    /// <summary>Reads the whole project but the transcripts' text; the outlines of the coded transcripts when needed.</summary>
    public static AnalysisScope Of(IProjectStore store, PassageRestriction? restriction = null) =>
        new(store.TranscriptsWithoutText(), store.Cases(), store.Themes(), store.CodingsForAnalysis(), restriction, store.OutlinesOf);

    /// <summary>Oldest import first (ties by id), the order analyses list interviews in.</summary>
    public IReadOnlyList<Transcript> Transcripts { get; }

    public ThemeTree Tree { get; }

    /// <summary>The codings analyses count: theme and transcript known, inside the restriction if there is one.</summary>
    public IReadOnlyList<Coding> Codings { get; }

    /// <summary>Codings whose theme or transcript is no longer in the project.</summary>
    public IReadOnlyList<Coding> IgnoredCodings { get; }

    public Transcript TranscriptOf(Coding coding) => TranscriptOf(coding.TranscriptId);

    public Transcript TranscriptOf(string transcriptId) => _transcripts[transcriptId];

    /// <summary>The case a transcript is about; a transcript without one (or whose case is missing) stands as a case of
    /// its own, with the transcript's id.</summary>
    public Case CaseOf(Transcript transcript) =>
        transcript.CaseId is { } id && _cases.TryGetValue(id, out var found)
            ? found
            : new Case { Id = transcript.Id, Name = transcript.Title };

    public Case CaseOf(Coding coding) => CaseOf(TranscriptOf(coding));

    /// <summary>Every case of the transcripts, once each, in import order of their first transcript.</summary>
    public IReadOnlyList<Case> Cases() => Transcripts.Select(CaseOf).DistinctBy(c => c.Id).ToList();

    /// <summary>The codings of a theme, and of its sub-themes when <paramref name="rollup"/> is set.</summary>
    public IEnumerable<Coding> CodingsOf(Theme theme, bool rollup) =>
        rollup ? Tree.WithDescendants(theme).SelectMany(t => _byTheme[t.Id]) : _byTheme[theme.Id];

    /// <summary>The passages a coding's span overlaps, as a range of passage indices; null when it overlaps none
    /// (a coding of a speaker label only).</summary>
    public (int First, int Last)? PassagesOf(Coding coding) => Passages.Touched(OutlineOf(coding.TranscriptId).Passages, coding.Span);

    /// <summary>The outline (passages, words) of a transcript with codings that count.</summary>
    public TranscriptOutline OutlineOf(string transcriptId) => _outlines.Value[transcriptId];
}
