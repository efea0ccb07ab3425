using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Cli.Tables;
using Codebook.Core.Model;
using Codebook.Core.Speakers;
using Codebook.Core.Text;

namespace Codebook.Cli.Commands.Transcripts;

/// <summary><c>codebook speakers [--transcript ID] | set-role NAME ROLE [--transcript ID] | rename OLD NEW</c>: who speaks
/// in the project, with which role and how it was decided, and the researcher's corrections.</summary>
public static class SpeakersCommand
{
    public static Command Create(GlobalOptions globals, CliContext context)
    {
        var transcript = new Option<string?>("--transcript") { Description = "Only the speakers of this transcript" };
        var command = new Command("speakers", "List the speakers: transcripts, turns, spoken words, role and how it was decided")
        {
            transcript, SetRole(globals, context), Rename(globals, context),
        };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var rows = project.Workspace.Speakers.List(parse.GetValue(transcript)).Select(s => new SpeakerRow(
                s.Name, s.Spellings, s.Transcripts, s.Turns, s.Words,
                s.Roles.Select(SpeakerService.Describe).ToList(), s.DecidedBy.Select(Describe).ToList())).ToList();
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, rows, Json.Types.ListSpeakerRow);
                return ExitCodes.Ok;
            }
            DrawnColumn[] columns = [new("speaker"), new("transcripts"), new("turns", RightAligned: true), new("words", RightAligned: true),
                new("role"), new("decided by")];
            DrawnTable.Listing(columns, rows.Select(row => new DrawnCell[] { row.Name, string.Join(", ", row.Transcripts),
                row.Turns.ToString("N0"), row.Words.ToString("N0"), string.Join(", ", row.Roles), string.Join(", ", row.DecidedBy) })).Write(context);
            context.Out.WriteLine($"{Counted.Of(rows.Count, "speaker")}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command SetRole(GlobalOptions globals, CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The speaker's name (case and accents ignored)" };
        var role = new Argument<string>("ROLE") { Description = "interviewer, participant or other" };
        role.AcceptOnlyFromAmong(SpeakerService.Settable.Select(SpeakerService.Describe).ToArray());
        var transcript = new Option<string?>("--transcript") { Description = "Only in this transcript; without it, in every transcript and in those imported later" };
        var command = new Command("set-role", "Set a speaker's role by hand (undo takes it back)") { name, role, transcript };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var set = project.Workspace.Speakers
                .SetRole(parse.GetValue(name)!, Enum.Parse<SpeakerRole>(parse.GetValue(role)!, ignoreCase: true), parse.GetValue(transcript));
            var where = parse.GetValue(transcript) is { } id ? $"in {id}" : $"in {Counted.Of(set.Transcripts.Count, "transcript")}";
            context.Out.WriteLine(set.Change is null
                ? $"{set.Name} is already {SpeakerService.Describe(set.Role)} {where}, set by hand; nothing changed"
                : $"{set.Name}: {SpeakerService.Describe(set.Role)} {where} ({Counted.Of(set.Turns, "turn")} changed)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Rename(GlobalOptions globals, CliContext context)
    {
        var old = new Argument<string>("OLD") { Description = "The speaker's name as listed (case and accents ignored)" };
        var @new = new Argument<string>("NEW") { Description = "The name to give: another speaker's name merges the two" };
        var command = new Command("rename", "Rename a speaker in every transcript, e.g. to merge two spellings (undo takes it back)") { old, @new };
        command.SetAction(parse =>
        {
            using var project = OpenProject.From(parse, globals);
            var speaker = project.Workspace.Speakers.Rename(parse.GetValue(old)!, parse.GetValue(@new)!);
            context.Out.WriteLine($"renamed {parse.GetValue(old)!.Trim()} to {speaker.Name} ({Counted.Of(speaker.Turns, "turn")} in {Counted.Of(speaker.Transcripts.Count, "transcript")})");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>How a role was decided, as the listing words it.</summary>
    private static string Describe(RoleDecision decision) => decision switch
    {
        RoleDecision.None => "not recorded",
        RoleDecision.FrontMatter => "front matter",
        RoleDecision.Questions => "questions",
        RoleDecision.ByHand => "by hand",
        _ => decision.ToString().ToLowerInvariant(),
    };
}

/// <summary>A speaker of <c>speakers</c>, roles and how each was decided, described.</summary>
public sealed record SpeakerRow(string Name, IReadOnlyList<string> Spellings, IReadOnlyList<string> Transcripts, int Turns, int Words,
    List<string> Roles, List<string> DecidedBy);
