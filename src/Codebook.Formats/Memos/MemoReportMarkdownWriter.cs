using Codebook.Core.Memos;
using Codebook.Core.Text;

namespace Codebook.Formats.Memos;

/// <summary>A memo report as Markdown: a heading per group, then each memo under what it is on, its author and date,
/// the quote it is about as a block quote with its citation, and its text.</summary>
public static class MemoReportMarkdownWriter
{
    public static void Write(TextWriter writer, MemoReport report)
    {
        writer.WriteLine("# Memo report");
        writer.WriteLine();
        writer.WriteLine($"{Counted.Of(report.Count, "memo")}, pseudonymised ({Counted.Of(report.Replacements, "real name")} replaced in the memos).");
        foreach (var group in report.Groups)
        {
            writer.WriteLine();
            writer.WriteLine($"## {group.Heading}");
            foreach (var memo in group.Memos)
            {
                writer.WriteLine();
                writer.WriteLine($"### {MemoReportText.Heading(memo)}");
                if (memo.Quote is { } quote)
                {
                    writer.WriteLine();
                    foreach (var line in quote.Text.Trim().Split('\n').Where(l => l.Trim().Length > 0)) writer.WriteLine($"> {line.Trim()}");
                    writer.WriteLine(">");
                    writer.WriteLine($"> ({quote.Citation})");
                }
                writer.WriteLine();
                writer.WriteLine(memo.Text.Trim());
            }
        }
    }
}
