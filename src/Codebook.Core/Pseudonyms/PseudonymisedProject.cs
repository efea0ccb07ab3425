using Codebook.Core.Errors;
using Codebook.Core.Exchange;
using Codebook.Core.Model;

namespace Codebook.Core.Pseudonyms;

/// <summary>A project to share: the pseudonym table applied to everything it holds that names someone — the project's
/// name, transcripts' texts, ids, titles, file names and speakers, cases' ids, names and
/// attributes, themes' labels, definitions, rules, examples and review comments, codings' memos and memos — with
/// codings and turns moved to where their text now is. Ids are replaced the same way everywhere, so references hold.
/// Coders and memo authors are the research team, and stay.</summary>
public sealed class PseudonymisedProject(Pseudonymiser pseudonymiser)
{
    private readonly Dictionary<string, Pseudonymised> _texts = new(StringComparer.Ordinal);

    public static ProjectContent Of(ProjectContent content, Pseudonymiser pseudonymiser) => new PseudonymisedProject(pseudonymiser).Apply(content);

    private ProjectContent Apply(ProjectContent content)
    {
        var transcripts = content.Transcripts.Select(Transcript).ToList();
        Distinct(transcripts.Select(t => t.Id), "transcripts");
        var cases = content.Cases.Select(Case).ToList();
        Distinct(cases.Select(c => c.Id), "cases");
        var themes = content.Themes.Select(Theme).ToList();
        Distinct(themes.Select(t => t.Id), "themes");
        return new ProjectContent(
            Text(content.Name),
            content.CreatedAt,
            content.CreatedBy,
            transcripts,
            cases,
            themes,
            content.Codings.Select(Coding).ToList(),
            content.Memos.Select(Memo).ToList());
    }

    private string Text(string text) => pseudonymiser.Apply(text).Text;

    private string? Maybe(string? text) => text is null ? null : Text(text);

    private Transcript Transcript(Transcript transcript)
    {
        var text = pseudonymiser.Apply(transcript.Text);
        _texts[transcript.Id] = text;
        return new Transcript
        {
            Id = Text(transcript.Id),
            Title = Text(transcript.Title),
            Language = transcript.Language,
            Date = transcript.Date,
            CaseId = Maybe(transcript.CaseId),
            Interviewers = transcript.Interviewers.Select(Text).ToList(),
            SourceFile = Text(transcript.SourceFile),
            SourceHash = transcript.SourceHash,
            Text = text.Text,
            Turns = transcript.Turns.Select(turn => new Turn
            {
                Index = turn.Index,
                Speaker = Maybe(turn.Speaker),
                Role = turn.Role,
                RoleDecidedBy = turn.RoleDecidedBy,
                Timestamp = turn.Timestamp,
                Label = Moved(text, turn.Label),
                Words = Moved(text, turn.Words),
                Line = turn.Line,
                EndLine = turn.EndLine,
            }).ToList(),
            FileLines = [.. transcript.FileLines],
            ImportedAt = transcript.ImportedAt,
            ImportedBy = transcript.ImportedBy,
        };
    }

    private static TextSpan Moved(Pseudonymised text, TextSpan span) => new(text.Position(span.Start), text.Position(span.End, end: true));

    private Case Case(Case @case) => new()
    {
        Id = Text(@case.Id),
        Name = Text(@case.Name),
        Attributes = @case.Attributes.ToDictionary(a => a.Key, a => Text(a.Value), StringComparer.Ordinal),
    };

    private Theme Theme(Theme theme) => PseudonymisedTheme(theme, pseudonymiser, id: true);

    /// <summary>A theme with its texts pseudonymised (and its ids, when <paramref name="id"/>).</summary>
    public static Theme PseudonymisedTheme(Theme theme, Pseudonymiser pseudonymiser, bool id = false)
    {
        string Text(string text) => pseudonymiser.Apply(text).Text;
        return new Theme
        {
            Id = id ? Text(theme.Id) : theme.Id,
            Label = Text(theme.Label),
            Labels = theme.Labels.ToDictionary(l => l.Key, l => Text(l.Value), StringComparer.Ordinal),
            ParentId = theme.ParentId is { } parent && id ? Text(parent) : theme.ParentId,
            Color = theme.Color,
            Key = theme.Key,
            Definition = Text(theme.Definition),
            Include = theme.Include.Select(Text).ToList(),
            Exclude = theme.Exclude.Select(Text).ToList(),
            Examples = theme.Examples.Select(Text).ToList(),
            SearchHints = theme.SearchHints.ToDictionary(h => h.Key, h => h.Value.Select(Text).ToList(), StringComparer.Ordinal),
            Status = theme.Status,
            Order = theme.Order,
            MergedFrom = theme.MergedFrom.Select(m => id ? Text(m) : m).ToList(),
            SplitFrom = theme.SplitFrom is { } split && id ? Text(split) : theme.SplitFrom,
            Reviews = theme.Reviews.Select(r => new ThemeReview { Status = r.Status, Comment = r.Comment is null ? null : Text(r.Comment), Coder = r.Coder, At = r.At }).ToList(),
        };
    }

    private Coding Coding(Coding coding)
    {
        var text = _texts[coding.TranscriptId];
        return new Coding
        {
            Id = coding.Id,
            TranscriptId = Text(coding.TranscriptId),
            ThemeId = Text(coding.ThemeId),
            Coder = coding.Coder,
            Start = text.Position(coding.Start),
            End = text.Position(coding.End, end: true),
            Memo = Maybe(coding.Memo),
            CreatedAt = coding.CreatedAt,
            Reviews = coding.Reviews.Select(r => new CodingReview { Verdict = r.Verdict, Comment = Maybe(r.Comment), Coder = r.Coder, At = r.At }).ToList(),
        };
    }

    private Memo Memo(Memo memo) => new()
    {
        Id = memo.Id,
        Target = memo.Target,
        TargetId = memo.Target is MemoTarget.Transcript or MemoTarget.Theme ? Text(memo.TargetId) : memo.TargetId,
        Text = Text(memo.Text),
        Author = memo.Author,
        CreatedAt = memo.CreatedAt,
    };

    /// <summary>Two real ids that become one pseudonymised id would merge two things: refuse.</summary>
    private static void Distinct(IEnumerable<string> ids, string what)
    {
        if (ids.GroupBy(i => i, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new CodebookException(ErrorCode.Usage, $"two {what} would both be called '{twice.Key}' once pseudonymised", "pseudonymised export",
                "give them different pseudonyms in the pseudonym table");
        }
    }
}
