using Codebook.Core.Model;
using Codebook.Core.Reports;
using Codebook.Core.Text;
using Codebook.Formats.Codebooks;

namespace Codebook.Formats.Reports;

/// <summary>A codebook report as Markdown: an overview table of the tree with counts and review status, then a section
/// per theme (heading level by depth) with its definition, rules, latest review and example quotes.</summary>
public static class CodebookReportWriter
{
    public static void Write(TextWriter writer, CodebookReport report)
    {
        writer.WriteLine($"# Codebook report: {Escape(report.Project)}");
        writer.WriteLine();
        writer.WriteLine($"{Counted.Of(report.Themes.Count, "theme")}. Codings and cases count each theme's own codings, then with its sub-themes. " +
                         $"Example quotes are pseudonymised ({Counted.Of(report.Replacements, "real name")} replaced).");
        writer.WriteLine();
        writer.WriteLine("| Theme | Status | Codings | With sub-themes | Cases |");
        writer.WriteLine("|---|---|--:|--:|--:|");
        foreach (var theme in report.Themes)
        {
            var indent = string.Concat(Enumerable.Repeat("&nbsp;&nbsp;", theme.Own.Depth));
            writer.WriteLine($"| {indent}{Cell(theme.Own.Theme.Label)} (`{theme.Own.Theme.Id}`) | {ThemeRules.StatusName(theme.Own.Theme.Status)} | " +
                             $"{theme.Own.Codings} | {theme.WithSubThemes.Codings} | {theme.WithSubThemes.Cases} |");
        }
        foreach (var theme in report.Themes) Section(writer, theme);
    }

    private static void Section(TextWriter writer, ReportedTheme reported)
    {
        var theme = reported.Own.Theme;
        writer.WriteLine();
        writer.WriteLine($"{new string('#', Math.Min(reported.Own.Depth + 2, 6))} {Escape(theme.Label, heading: true)}");
        writer.WriteLine();
        writer.WriteLine($"`{theme.Id}` · {ThemeRules.StatusName(theme.Status)} · {Counted.Of(reported.Own.Codings, "coding")} " +
                         $"({reported.WithSubThemes.Codings} with sub-themes) in {Counted.Of(reported.WithSubThemes.Cases, "case")}");
        if (theme.Reviews.LastOrDefault() is { } review)
        {
            writer.WriteLine();
            writer.WriteLine($"Last review: {ThemeRules.StatusName(review.Status)} by {Escape(review.Coder)}, {review.At:yyyy-MM-dd}" +
                             (string.IsNullOrWhiteSpace(review.Comment) ? "." : $": {Escape(review.Comment)}"));
        }
        if (theme.Definition.Length > 0)
        {
            writer.WriteLine();
            writer.WriteLine($"**Definition.** {Escape(theme.Definition)}");
        }
        List(writer, "Include", theme.Include);
        List(writer, "Exclude", theme.Exclude);
        foreach (var quote in reported.Examples)
        {
            writer.WriteLine();
            foreach (var line in quote.Text.Trim().Split('\n').Where(l => l.Trim().Length > 0))
            {
                writer.WriteLine($"> {MarkdownEscaper.Line(line.Trim(), atLineStart: true)}");
            }
            writer.WriteLine(">");
            writer.WriteLine($"> — {Escape(quote.Citation)}");
        }
    }

    private static void List(TextWriter writer, string label, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return;
        writer.WriteLine();
        writer.WriteLine($"**{label}:**");
        writer.WriteLine();
        foreach (var item in items) writer.WriteLine($"- {Escape(item)}");
    }

    private static string Escape(string text, bool heading = false) =>
        MarkdownEscaper.Line(string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries)), atLineStart: false, inHeading: heading);

    private static string Cell(string text) => Escape(text).Replace("|", "\\|", StringComparison.Ordinal);
}
