using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Cli.Commands.Themes;

public static partial class ThemeCommand
{
    private static Command Color(GlobalOptions globals, CliContext context)
    {
        var id = ThemeId();
        var color = new Argument<string>("COLOR") { Description = "#RRGGBB" };
        var command = new Command("color", "Set a theme's colour") { id, color };
        command.SetAction(parse => Report(parse, globals, context, Json.Types.Theme, service =>
        {
            var theme = service.Recolour(parse.GetValue(id)!, parse.GetValue(color)!);
            return (theme, $"coloured {ThemeLine.Of(theme)}");
        }));
        return command;
    }

    private static Command Key(GlobalOptions globals, CliContext context)
    {
        var id = ThemeId();
        var key = new Argument<string>("KEY") { Description = "One letter or digit, unique in the codebook" };
        var command = new Command("key", "Set a theme's shortcut key") { id, key };
        command.SetAction(parse => Report(parse, globals, context, Json.Types.Theme, service =>
        {
            var theme = service.SetKey(parse.GetValue(id)!, parse.GetValue(key)!);
            return (theme, $"keyed {ThemeLine.Of(theme)}");
        }));
        return command;
    }

    private static Command Status(GlobalOptions globals, CliContext context)
    {
        var id = ThemeId();
        var status = new Argument<string>("STATUS") { Description = "draft, in-review or approved" };
        var comment = new Option<string?>("--comment") { Description = "Why: kept with the theme's reviews" };
        var command = new Command("status", "Set a theme's review status, with an optional comment") { id, status, comment };
        command.SetAction(parse => Report(parse, globals, context, Json.Types.Theme, service =>
        {
            var text = parse.GetValue(status)!;
            var value = ThemeRules.ParseStatus(text)
                ?? throw new CodebookException(ErrorCode.Usage, $"'{text}' is not a review status", "status", "use draft, in-review or approved");
            var theme = service.Review(parse.GetValue(id)!, value, parse.GetValue(comment));
            return (theme, $"marked {ThemeLine.Of(theme)}");
        }));
        return command;
    }

    private static Command Reviews(GlobalOptions globals, CliContext context)
    {
        var id = ThemeId();
        var command = new Command("reviews", "List a theme's review statuses and comments, oldest first") { id };
        command.SetAction(parse => Report(parse, globals, context, Json.Types.IReadOnlyListThemeReview, service =>
        {
            var reviews = service.Reviews(parse.GetValue(id)!);
            var lines = reviews.Select(r => $"{r.At:yyyy-MM-dd HH:mm}  {r.Coder}  {ThemeRules.StatusName(r.Status)}{(r.Comment is null ? "" : $": {r.Comment}")}");
            return (reviews, reviews.Count == 0 ? $"no reviews of {parse.GetValue(id)} yet" : string.Join(Environment.NewLine, lines));
        }));
        return command;
    }
}
