using System.Runtime.CompilerServices;
using Codebook.Core.Model;
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
    public static HitRow Row(SearchHit hit) => new(hit.TranscriptId, hit.PassageIndex, hit.Span.Start, hit.Span.End, hit.Line,
        hit.Speaker, hit.Role, hit.CaseId, hit.Language, hit.Score, hit.Matches.Select(Offsets.Of),
        new HitContext(hit.Context.Text, hit.Context.Marks.Select(Offsets.Of), hit.Context.CutBefore, hit.Context.CutAfter));
}

/// <summary>A hit of <c>search --json</c> (and <c>autocode --json</c>).</summary>
public sealed record HitRow(string Transcript, int Passage, int Start, int End, int Line, string? Speaker, SpeakerRole Role, string? Case,
    string Language, float Score, IEnumerable<Offsets> Matches, HitContext Context);

/// <summary>The excerpt around a hit, its matched words marked.</summary>
public sealed record HitContext(string Text, IEnumerable<Offsets> Marks, bool CutBefore, bool CutAfter);

/// <summary>A span as <c>start</c> and <c>end</c> offsets.</summary>
public sealed record Offsets(int Start, int End)
{
    public static Offsets Of(TextSpan span) => new(span.Start, span.End);
}

/// <summary><c>search --json</c>: the query, how many passages matched, the hits shown.</summary>
public sealed record SearchJson(string Query, int Total, IEnumerable<HitRow> Hits);
