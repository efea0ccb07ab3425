using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Media;
using Codebook.Core.Text;

namespace Codebook.Cli.Commands.Transcripts;

/// <summary><c>codebook media [link TRANSCRIPT FILE | unlink TRANSCRIPT | offset TRANSCRIPT SECONDS]</c>: the recordings
/// linked to transcripts (docs/media.md).</summary>
public static class MediaCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var command = new Command("media", "List the recordings linked to transcripts, flagging files that are missing")
        {
            Link(globals, context), Unlink(globals, context), Offset(globals, context),
        };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var media = project.Workspace.Media;
            var rows = project.Store.Recordings().OrderBy(r => r.TranscriptId, StringComparer.Ordinal).Select(r => new RecordingRow(r.TranscriptId, r.Path, r.Offset.TotalSeconds, !File.Exists(media.FileOf(r)))).ToList();
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, rows, Json.Types.ListRecordingRow);
                return ExitCodes.Ok;
            }
            foreach (var row in rows)
            {
                var offset = row.Offset == 0 ? "" : $"  offset {MediaTime.Format(TimeSpan.FromSeconds(row.Offset))}";
                context.Out.WriteLine($"{row.Transcript}  {row.Path}{offset}{(row.Missing ? "  MISSING: the file is not there" : "")}");
            }
            var unlinked = project.Store.TranscriptsWithoutText().Count - rows.Count;
            var missing = rows.Count(r => r.Missing);
            context.Out.WriteLine($"{Counted.Of(rows.Count, "recording")} linked{(missing > 0 ? $", {missing} missing" : "")}; {Counted.Of(Math.Max(0, unlinked), "transcript")} without one.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Link(GlobalOptions globals, CliContext context)
    {
        var transcript = new Argument<string>("TRANSCRIPT") { Description = "The transcript's id" };
        var file = new Argument<string>("FILE") { Description = "The audio or video file (it stays where it is; the project keeps its path)" };
        var command = new Command("link", "Link a transcript to its recording (undo unlinks it)") { transcript, file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CodebookException(ErrorCode.NotFound, $"there is no file '{path}'", "media link", "give the path of the recording, absolute or from this folder");
            }
            using var project = OpenProject.From(parse, globals);
            var recording = project.Workspace.Media.Link(parse.GetValue(transcript)!, path);
            context.Out.WriteLine($"{recording.TranscriptId} → {recording.Path}");
            if (!RecordingFormats.IsRecording(path))
            {
                context.Error.WriteLine($"note: '{Path.GetExtension(path)}' is not one of {string.Join(" ", RecordingFormats.Extensions)}; linked anyway, if your player reads it");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Unlink(GlobalOptions globals, CliContext context)
    {
        var transcript = new Argument<string>("TRANSCRIPT") { Description = "The transcript's id" };
        var command = new Command("unlink", "Forget a transcript's recording (the file is not touched)") { transcript };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var recording = project.Workspace.Media.Unlink(parse.GetValue(transcript)!);
            context.Out.WriteLine($"unlinked {recording.Path} from {recording.TranscriptId}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Offset(GlobalOptions globals, CliContext context)
    {
        var transcript = new Argument<string>("TRANSCRIPT") { Description = "The transcript's id" };
        var offset = new Argument<string>("SECONDS") { Description = "Added to the transcript's times to find them in the recording: +2.5s, -1.2s, 0" };
        var command = new Command("offset", "Set how far the recording's clock is from the transcript's") { transcript, offset };
        command.SetAction(parse =>
        {
            var time = OffsetText.Parse(parse.GetValue(offset)!);
            using var project = OpenProject.From(parse, globals);
            var recording = project.Workspace.Media.SetOffset(parse.GetValue(transcript)!, time);
            context.Out.WriteLine($"{recording.TranscriptId}: recording offset {MediaTime.Format(recording.Offset)} (added to the transcript's times)");
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>A linked recording of <c>media</c>: its offset in seconds, and whether the file is missing.</summary>
public sealed record RecordingRow(string Transcript, string Path, double Offset, bool Missing);
