using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Themes;

namespace Codebook.Core.Agreement;

/// <summary>Whose codings are compared, on which transcripts: named explicitly, never guessed. By default the
/// transcripts are those every given coder has coded.</summary>
public sealed class AgreementScope
{
    private AgreementScope(IReadOnlyList<string> coders, IReadOnlyList<Transcript> transcripts, ThemeTree tree, IReadOnlyList<Coding> codings)
    {
        Coders = coders;
        Transcripts = transcripts;
        Tree = tree;
        Codings = codings;
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
            : store.Transcripts().Where(t => names.All(n => all.Any(c => c.Coder == n && c.TranscriptId == t.Id))).ToList();
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
        Codings.Where(c => c.TranscriptId == transcriptId && c.Coder == coder && c.ThemeId == themeId && c.Span.Overlaps(span));
}
