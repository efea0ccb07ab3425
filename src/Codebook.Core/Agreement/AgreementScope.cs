using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Themes;

namespace Codebook.Core.Agreement;

/// <summary>Whose codings are compared, on which transcripts: named explicitly, never guessed. By default the
/// transcripts are those every given coder has coded.</summary>
public sealed class AgreementScope
{
    private readonly Dictionary<(string Transcript, string Coder, string Theme), List<Coding>> _byPlace = [];
    private readonly Dictionary<string, HashSet<string>> _themesIn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TranscriptOutline> _outlines;
    private readonly Func<string, Transcript> _withText;

    /// <summary>A scope held in memory; <paramref name="codings"/> are taken as given (by the coders, on the transcripts,
    /// of themes in the tree): <see cref="Of(IProjectStore, IReadOnlyList{string}, IReadOnlyList{string}?)"/> chooses them from a project.</summary>
    /// <param name="outlines">The transcripts' outlines, when they come without their text (read with
    /// <paramref name="withText"/> where it is shown); when null, they carry their text and the outlines are made from it.</param>
    public AgreementScope(IReadOnlyList<string> coders, IReadOnlyList<Transcript> transcripts, ThemeTree tree, IReadOnlyList<Coding> codings,
        IReadOnlyList<TranscriptOutline>? outlines = null, Func<string, Transcript>? withText = null)
    {
        Coders = coders;
        Transcripts = transcripts;
        Tree = tree;
        Codings = codings;
        _outlines = (outlines ?? transcripts.DistinctBy(t => t.Id).Select(TranscriptOutline.Of).ToList()).ToDictionary(o => o.TranscriptId, StringComparer.Ordinal);
        _withText = withText ?? (id => transcripts.First(t => t.Id == id));
        // Grouped once, so that asking which codings touch a passage looks at one coder's codings of one theme there only,
        // and a theme's passages are looked at only in the transcripts it is applied in.
        foreach (var coding in codings)
        {
            var place = (coding.TranscriptId, coding.Coder, coding.ThemeId);
            if (!_byPlace.TryGetValue(place, out var here)) _byPlace[place] = here = [];
            here.Add(coding);
            if (!_themesIn.TryGetValue(coding.TranscriptId, out var themes)) _themesIn[coding.TranscriptId] = themes = new(StringComparer.Ordinal);
            themes.Add(coding.ThemeId);
        }
    }

    public IReadOnlyList<string> Coders { get; }

    public IReadOnlyList<Transcript> Transcripts { get; }

    public ThemeTree Tree { get; }

    /// <summary>The coders' codings on the transcripts, of themes still in the codebook.</summary>
    public IReadOnlyList<Coding> Codings { get; }

    public static AgreementScope Of(IProjectStore store, IReadOnlyList<string> coders, IReadOnlyList<string>? transcriptIds = null)
    {
        var names = coders.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count < 2)
        {
            throw new CodebookException(ErrorCode.Usage, "agreement needs at least two coders", "coders", new ErrorHint(HintKind.CodersExample));
        }
        var all = store.CodingsForAnalysis();
        foreach (var name in names.Where(n => all.All(c => c.Coder != n)))
        {
            var known = string.Join(", ", all.Select(c => c.Coder).Distinct().Order(StringComparer.Ordinal));
            throw new CodebookException(ErrorCode.NotFound, $"no codings by '{name}' in this project", store.Location, $"coders with codings: {known}");
        }
        var transcripts = transcriptIds is { Count: > 0 }
            ? Named(store, transcriptIds)
            : CodedByAll(store.TranscriptsWithoutText(), names, all);
        if (transcripts.Count == 0)
        {
            throw new CodebookException(ErrorCode.Usage, $"no transcript is coded by all of {string.Join(", ", names)}", "coders",
                new ErrorHint(HintKind.NameTranscripts));
        }
        var tree = new ThemeTree(store.Themes());
        var ids = transcripts.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var codings = all.Where(c => names.Contains(c.Coder) && ids.Contains(c.TranscriptId) && tree.Find(c.ThemeId) is not null).ToList();
        var outlines = store.OutlinesOf(transcripts.Select(t => t.Id).Distinct(StringComparer.Ordinal).ToList());
        return new AgreementScope(names, transcripts, tree, codings, outlines, store.RequireTranscript);
    }

    /// <summary>The themes any of the coders applied, in codebook order: a theme nobody applied has nothing to agree on.</summary>
    public IReadOnlyList<Theme> CodedThemes()
    {
        var used = Codings.Select(c => c.ThemeId).ToHashSet(StringComparer.Ordinal);
        return Tree.InOrder.Select(x => x.Theme).Where(t => used.Contains(t.Id)).ToList();
    }

    /// <summary>The codings of one coder and theme that touch a span of a transcript.</summary>
    public IEnumerable<Coding> Touching(string transcriptId, string coder, string themeId, TextSpan span) =>
        CodingsOf(transcriptId, coder, themeId).Where(c => c.Span.Overlaps(span));

    /// <summary>One coder's codings of one theme in a transcript.</summary>
    public IReadOnlyList<Coding> CodingsOf(string transcriptId, string coder, string themeId) =>
        _byPlace.TryGetValue((transcriptId, coder, themeId), out var found) ? found : [];

    /// <summary>Whether any of the coders applied a theme in a transcript.</summary>
    public bool IsApplied(string transcriptId, string themeId) => _themesIn.TryGetValue(transcriptId, out var themes) && themes.Contains(themeId);

    public IReadOnlyList<Passage> PassagesOf(Transcript transcript) => _outlines[transcript.Id].Passages;

    /// <summary>The length of a transcript's text, in characters.</summary>
    public int LengthOf(Transcript transcript) => _outlines[transcript.Id].Length;

    /// <summary>A transcript of the scope with its text, for showing passages: read from the project if the scope holds
    /// it without.</summary>
    public Transcript WithText(Transcript transcript) => _withText(transcript.Id);

    /// <summary>The transcripts named, each checked to be in the project, without their text.</summary>
    private static List<Transcript> Named(IProjectStore store, IReadOnlyList<string> ids)
    {
        var all = store.TranscriptsWithoutText().ToDictionary(t => t.Id, StringComparer.Ordinal);
        // RequireTranscript only for an id not in the project: it says so.
        return ids.Select(id => all.TryGetValue(id, out var found) ? found : store.RequireTranscript(id)).ToList();
    }

    private static List<Transcript> CodedByAll(IEnumerable<Transcript> transcripts, IReadOnlyList<string> coders, IEnumerable<Coding> codings)
    {
        var coded = codings.Select(c => (c.Coder, c.TranscriptId)).ToHashSet();
        return transcripts.Where(t => coders.All(n => coded.Contains((n, t.Id)))).ToList();
    }
}
