using Codebook.Core.Import;
using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Formats.Transcripts;

/// <summary>Puts a parsed file together as a transcript: identity from the front matter or the file name,
/// language, speaker roles, and the case the front matter describes.</summary>
internal static class TranscriptAssembler
{
    /// <param name="fileLines">For each line of <paramref name="text"/>, the line of the imported file; empty if the same.</param>
    public static ParsedTranscript Assemble(string file, string hash, string text, FrontMatter frontMatter, List<TurnDraft> drafts,
        List<int> fileLines, List<string> warnings)
    {
        string stem = Path.GetFileNameWithoutExtension(file);
        if (drafts.All(d => d.Speaker is null && d.Label.Length == 0 && !d.IsNote))
        {
            drafts = [WholeText(text)];
            warnings.Add("found no speaker turns; imported the whole text as one turn — label turns as 'NAME: text' to split them");
        }
        else if (drafts.All(d => d.Speaker is null && d.Label.Length == 0))
        {
            warnings.Add("found no speaker turns, only notes and unlabelled text — label turns as 'NAME: text' to split them");
        }

        var roles = RoleAssigner.Assign(file, text, drafts, frontMatter, warnings);
        var transcript = new Transcript
        {
            Id = frontMatter.Id ?? (Slug.From(stem) is { Length: > 0 } slug ? slug : "transcript"),
            Title = frontMatter.Title ?? stem,
            Language = frontMatter.Language is { } language ? LanguageCode(language) : LanguageDetector.Detect(text, warnings),
            Date = frontMatter.Date,
            SourceFile = file,
            SourceHash = hash,
            Text = text,
            Turns = drafts.Select((d, i) => ToTurn(d, i, roles)).ToList(),
            FileLines = fileLines,
        };
        transcript.Interviewers = Interviewers(transcript.Turns, frontMatter);
        var @case = CaseOf(transcript.Id, frontMatter);
        transcript.CaseId = @case?.Id;
        return new ParsedTranscript(transcript, @case, warnings) { Media = frontMatter.Media };
    }

    private static TurnDraft WholeText(string text)
    {
        var lines = TextLines.Split(text);
        int first = lines.FindIndex(line => !TextLines.IsBlank(text, line));
        int last = lines.FindLastIndex(line => !TextLines.IsBlank(text, line));
        int start = lines[first].Start;
        while (char.IsWhiteSpace(text[start])) start++;
        int end = lines[last].End;
        while (char.IsWhiteSpace(text[end - 1])) end--;
        return new TurnDraft(null, false, null, new TextSpan(start, start), new TextSpan(start, end), first + 1, last + 1);
    }

    private static Turn ToTurn(TurnDraft draft, int index, Dictionary<string, (SpeakerRole Role, RoleDecision DecidedBy)> roles)
    {
        var (role, decidedBy) = draft.IsNote ? (SpeakerRole.Note, RoleDecision.None)
            : draft.Speaker is null ? (SpeakerRole.None, RoleDecision.None)
            : roles[Folding.LabelKey(draft.Speaker)];
        return new Turn
        {
            Index = index,
            Speaker = draft.Speaker,
            Role = role,
            RoleDecidedBy = decidedBy,
            Timestamp = draft.Timestamp,
            Label = draft.Label,
            Words = draft.Words,
            Line = draft.Line,
            EndLine = draft.EndLine,
        };
    }

    /// <summary>Interviewer labels as spelled in the turns, then any declared ones that no turn uses.</summary>
    private static List<string> Interviewers(List<Turn> turns, FrontMatter frontMatter)
    {
        var labels = turns.Where(t => t.Role == SpeakerRole.Interviewer).Select(t => t.Speaker!).Concat(frontMatter.Interviewers);
        return labels.DistinctBy(Folding.LabelKey).ToList();
    }

    /// <summary>"fr", "FR", "fr-BE", "français" and "French" all mean "fr"; likewise for Spanish.</summary>
    private static string LanguageCode(string language)
    {
        string folded = Folding.RemoveAccents(language).Trim().ToLowerInvariant();
        if (folded.StartsWith("fr")) return "fr";
        if (folded.StartsWith("es") || folded.StartsWith("spa") || folded.StartsWith("castellano")) return "es";
        return folded.Split('-', '_')[0];
    }

    /// <summary>A case exists when the front matter names one or gives attributes; it is named by its pseudonym if any.</summary>
    private static Case? CaseOf(string transcriptId, FrontMatter frontMatter)
    {
        if (frontMatter.CaseId is null && frontMatter.CaseName is null && frontMatter.Attributes.Count == 0) return null;
        string id = frontMatter.CaseId ?? transcriptId;
        var attributes = new Dictionary<string, string>(frontMatter.Attributes, StringComparer.Ordinal);
        string name = frontMatter.CaseName ?? Case.NameIn(attributes) ?? id;
        return new Case { Id = id, Name = name, Attributes = attributes };
    }
}
