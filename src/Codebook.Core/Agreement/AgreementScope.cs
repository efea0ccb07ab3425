using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Themes;

namespace Codebook.Core.Agreement;

/// <summary>Whose codings are compared, on which transcripts: named explicitly, never guessed. By default the
/// transcripts are those every given coder has coded.</summary>
public sealed class AgreementScope
{
    private readonly Dictionary<(string Transcript, string Coder, string Theme), List<Coding>> _byPlace;
    private readonly Dictionary<string, IReadOnlyList<Passage>> _passages = new(StringComparer.Ordinal);

    /// <summary>A scope held in memory; <paramref name="codings"/> are taken as given (by the coders, on the transcripts,
    /// of themes in the tree): <see cref="Of(IProjectStore, IReadOnlyList{string}, IReadOnlyList{string}?)"/> chooses them from a project.</summary>
    public AgreementScope(IReadOnlyList<string> coders, IReadOnlyList<Transcript> transcripts, ThemeTree tree, IReadOnlyList<Coding> codings)
    {
        Coders = coders;
        Transcripts = transcripts;
        Tree = tree;
        Codings = codings;
        // Grouped once, so that asking which codings touch a passage looks at one coder's codings of one theme there only.
        _byPlace = codings.GroupBy(c => (c.TranscriptId, c.Coder, c.ThemeId)).ToDictionary(g => g.Key, g => g.ToList());
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
            throw new CodebookException(ErrorCode.Usage, "agreement needs at least two coders", "--coders", "e.g. --coders ana,luis");
        }
        var all = store.Codings();
        foreach (var name in names.Where(n => all.All(c => c.Coder != n)))
        {
            var known = string.Join(", ", all.Select(c => c.Coder).Distinct().Order(StringComparer.Ordinal));
            throw new CodebookException(ErrorCode.NotFound, $"no codings by '{name}' in this project", store.Location, $"coders with codings: {known}");
        }
        var transcripts = transcriptIds is { Count: > 0 }
            ? transcriptIds.Select(store.RequireTranscript).ToList()
            : CodedByAll(store.Transcripts(), names, all);
        if (transcripts.Count == 0)
        {
            throw new CodebookException(ErrorCode.Usage, $"no transcript is coded by all of {string.Join(", ", names)}", "--coders",
                "name the transcripts with --transcripts");
        }
        var tree = new ThemeTree(store.Themes());
        var ids = transcripts.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var codings = all.Where(c => names.Contains(c.Coder) && ids.Contains(c.TranscriptId) && tree.Find(c.ThemeId) is not null).ToList();
        return new AgreementScope(names, transcripts, tree, codings);
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

    /// <summary>A transcript's passages, cut once however many themes ask.</summary>
    public IReadOnlyList<Passage> PassagesOf(Transcript transcript)
    {
        if (!_passages.TryGetValue(transcript.Id, out var passages))
        {
            passages = Passages.Of(transcript);
            _passages[transcript.Id] = passages;
        }
        return passages;
    }

    private static List<Transcript> CodedByAll(IEnumerable<Transcript> transcripts, IReadOnlyList<string> coders, IEnumerable<Coding> codings)
    {
        var coded = codings.Select(c => (c.Coder, c.TranscriptId)).ToHashSet();
        return transcripts.Where(t => coders.All(n => coded.Contains((n, t.Id)))).ToList();
    }
}
