using System.Runtime.CompilerServices;
using Codebook.Core.Search;
using Spectre.Console;

namespace Codebook.Cli.Output;

/// <summary>Search hits as keyword-in-context lines: matched words in bold yellow on a terminal, between [brackets]
/// in a file or pipe (where grep and diff read them), and as JSON with offsets.</summary>
public static class HitPrinter
{
    /// <summary>"fr01-nadia l.41 (nadia) NADIA: …on a commencé à [anonymiser] les CV…"</summary>
    public static void Print(CliContext context, SearchHit hit)
    {
        var where = $"{hit.TranscriptId} l.{hit.Line}{(hit.CaseId is null ? "" : $" ({hit.CaseId})")}{(hit.Speaker is null ? "" : $" {hit.Speaker}")}";
        if (context.OutputHasColours) PrintInColour(context, where, hit);
        else context.Out.WriteLine($"{where}: {hit.Context.Render()}");
    }

    // Apart, and never inlined, so that printing to a file or pipe loads nothing of Spectre.Console.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void PrintInColour(CliContext context, string where, SearchHit hit)
    {
        var words = hit.Context.Render(Markup.Escape, word => $"[bold yellow]{Markup.Escape(word)}[/]");
        context.Console.MarkupLine($"[dim]{Markup.Escape(where)}:[/] {words}");
    }

    /// <summary>One hit for <c>--json</c>: offsets into the transcript's text, the context with its marks.</summary>
    public static object Row(SearchHit hit) => new
    {
        Transcript = hit.TranscriptId,
        Passage = hit.PassageIndex,
        hit.Span.Start,
        hit.Span.End,
        hit.Line,
        hit.Speaker,
        hit.Role,
        Case = hit.CaseId,
        hit.Language,
        hit.Score,
        Matches = hit.Matches.Select(m => new { m.Start, m.End }),
        Context = new
        {
            hit.Context.Text,
            Marks = hit.Context.Marks.Select(m => new { m.Start, m.End }),
            hit.Context.CutBefore,
            hit.Context.CutAfter,
        },
    };
}
