using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Text;

namespace Codebook.Core.Exchange;

/// <summary>Brings a whole project read from another tool into an empty project, in one logged change (so one
/// undo takes it all back). Every coding is checked against its transcript and theme first:
/// a file that does not hold together changes nothing.</summary>
public sealed class ProjectContentImporter(IProjectStore store, Coder coder)
{
    public void Import(ProjectContent content, string source)
    {
        var present = ProjectContent.Of(store);
        if (!present.IsEmpty)
        {
            throw new CodebookException(ErrorCode.ProjectNotEmpty,
                $"a whole project goes only into an empty project, and this one holds {Counted.Of(present.Transcripts.Count, "transcript")}, "
                + $"{Counted.Of(present.Themes.Count, "theme")} and {Counted.Of(present.Codings.Count, "coding")}: merging two projects' transcripts, "
                + "codings and cases needs choices a file cannot make", store.Location,
                new ErrorHint(HintKind.ImportIntoEmptyProject, source));
        }
        Check(content, source);
        var summary = $"imported {source}: {Counted.Of(content.Transcripts.Count, "transcript")}, {Counted.Of(content.Themes.Count, "theme")}, "
            + $"{Counted.Of(content.Codings.Count, "coding")}, {Counted.Of(content.Memos.Count, "memo")}, {Counted.Of(content.Cases.Count, "case")}";
        store.Commit(coder.Name, "import.qdpx", summary, changes =>
        {
            foreach (var @case in content.Cases) changes.Put(@case);
            foreach (var transcript in content.Transcripts) changes.Put(transcript);
            foreach (var theme in content.Themes) changes.Put(theme);
            foreach (var coding in content.Codings) changes.Put(coding);
            foreach (var memo in content.Memos) changes.Put(memo);
        });
    }

    private static void Check(ProjectContent content, string source)
    {
        var transcripts = content.Transcripts.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var themes = content.Themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var coding in content.Codings)
        {
            if (!transcripts.TryGetValue(coding.TranscriptId, out var transcript) || !themes.Contains(coding.ThemeId)
                || coding.Start < 0 || coding.End > transcript.Text.Length || coding.Start >= coding.End)
            {
                throw new CodebookException(ErrorCode.BadExchangeFile,
                    $"coding {coding.Id} ({coding.ThemeId} on {coding.TranscriptId} {coding.Start}:{coding.End}) does not fit its transcript or codebook",
                    source, "export the project again from the other tool");
            }
        }
    }
}
