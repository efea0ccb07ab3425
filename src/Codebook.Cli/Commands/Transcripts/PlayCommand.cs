using System.CommandLine;
using Codebook.Core.Errors;
using Codebook.Core.Media;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Text;
using Codebook.Players;

namespace Codebook.Cli.Commands.Transcripts;

/// <summary><c>codebook play TRANSCRIPT [--line N | --turn N | --coding ID]</c>: plays a transcript's recording from a
/// turn, or a coded passage, in a player on PATH (or <c>$CODEBOOK_PLAYER</c>), in this terminal, until it ends or is quit.</summary>
public static class PlayCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var transcript = new Argument<string>("TRANSCRIPT") { Description = "The transcript's id" };
        var line = new Option<int?>("--line") { Description = "From the turn holding this line, as 'codebook show' numbers them" };
        var turn = new Option<int?>("--turn") { Description = "From this turn, numbered from 1" };
        var coding = new Option<string?>("--coding") { Description = "The passage of this coding, from its turn to the end of its last" };
        var command = new Command("play", "Play a transcript's recording from a line, a turn or a coding (mpv, ffplay, vlc or $CODEBOOK_PLAYER)")
        {
            transcript, line, turn, coding,
        };
        command.SetAction(parse =>
        {
            MediaCue cue;
            using (var project = OpenProject.From(parse, globals))
            {
                var text = project.Store.RequireTranscript(parse.GetValue(transcript)!);
                var media = project.Workspace.Media;
                cue = Cue(media, project.Store, text, parse.GetValue(line), parse.GetValue(turn), parse.GetValue(coding));
            }
            if (!File.Exists(cue.File))
            {
                throw new CodebookException(ErrorCode.NoRecording, $"the recording {cue.File} is missing", parse.GetValue(transcript),
                    "put the file back, or link the transcript to where it is now with 'codebook media link TRANSCRIPT FILE'");
            }
            var player = PlayerFinder.Command(PlayerSetup.FromEnvironment());
            var until = cue.End is { } end ? $" to {MediaTime.Format(end)}" : "";
            context.Error.WriteLine($"playing {Path.GetFileName(cue.File)} from {MediaTime.Format(cue.Start)}{until} (turn {cue.Turn + 1}{(cue.Estimated ? ", estimated" : "")}) with {player.Name}");
            // The project is closed first: the player may play for an hour, and the file must not stay locked meanwhile.
            using var process = PlayerProcess.Start(player, cue, quiet: false);
            process.WaitForExit();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static MediaCue Cue(MediaService media, IProjectStore store, Transcript transcript, int? line, int? turn, string? coding)
    {
        var given = new object?[] { line, turn, coding }.Count(x => x is not null);
        if (given > 1) throw new CodebookException(ErrorCode.Usage, "say where with one of --line, --turn or --coding", "play", $"e.g. 'codebook play {transcript.Id} --line 12'");
        if (coding is not null)
        {
            var passage = store.RequireCoding(coding);
            if (passage.TranscriptId != transcript.Id)
            {
                throw new CodebookException(ErrorCode.Usage, $"coding {coding} is in {passage.TranscriptId}, not {transcript.Id}", "--coding", $"play it with 'codebook play {passage.TranscriptId} --coding {coding}'");
            }
            return media.CueFor(transcript, passage.Span);
        }
        if (turn is { } number)
        {
            if (number < 1 || number > transcript.Turns.Count)
            {
                throw new CodebookException(ErrorCode.BadSpan, $"{transcript.Id} has no turn {number}", "--turn", $"give a turn from 1 to {transcript.Turns.Count}");
            }
            return media.CueAt(transcript, number - 1);
        }
        if (line is { } at)
        {
            var lines = new LineStarts(transcript.Text);
            if (at < 1 || at > lines.Count)
            {
                throw new CodebookException(ErrorCode.BadSpan, $"{transcript.Id} has no line {at}", "--line", $"give a line from 1 to {lines.Count}, as 'codebook show {transcript.Id}' numbers them");
            }
            return media.CueAt(transcript, MediaService.TurnIndexAt(transcript, lines.StartOf(at)));
        }
        return media.CueAt(transcript, 0);
    }
}
