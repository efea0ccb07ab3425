using Codebook.Core.Import;
using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Cli.Importing;

/// <summary>The import report a person reads: each file and what became of it, then the totals.</summary>
public static class ImportSummary
{
    public static void Print(TextWriter output, IReadOnlyList<ImportResult> results)
    {
        foreach (var result in results) Line(output, result);
        Totals(output, results);
    }

    /// <summary>What became of one file. Printed as soon as its change is committed, so a line on the output is an
    /// acknowledgment: the file is in the project even if the run is stopped before the end.</summary>
    public static void Line(TextWriter output, ImportResult result)
    {
        output.WriteLine(result.Status switch
        {
            ImportResultStatus.Imported =>
                $"  imported  {result.File} → {result.TranscriptId} ({result.Language}, {Counted.Of(result.Turns, "turn")}, {Counted.Of(result.Words, "word", format: "N0")})",
            ImportResultStatus.AlreadyImported => $"  skipped   {result.File}: already in the project as {result.TranscriptId}",
            ImportResultStatus.Updated => $"  updated   {result.File} → {result.TranscriptId}: {Carried(result.Reimport!)}",
            _ => $"  FAILED    {result.File}: {result.Error}",
        });
        foreach (var warning in result.Warnings ?? []) output.WriteLine($"            warning: {warning}");
    }

    /// <summary>The totals after the last file.</summary>
    public static void Totals(TextWriter output, IReadOnlyList<ImportResult> results)
    {
        var imported = results.Where(r => r.Status == ImportResultStatus.Imported).ToList();
        var updated = results.Where(r => r.Status == ImportResultStatus.Updated).ToList();
        var languages = imported.GroupBy(r => r.Language).OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} {g.Key}");
        output.WriteLine();
        if (imported.Count > 0 || updated.Count == 0)
        {
            output.Write($"Imported {Counted.Of(imported.Count, "transcript")}");
            if (imported.Count > 0)
            {
                output.Write($" ({string.Join(", ", languages)}; {Counted.Of(imported.Sum(r => r.Turns), "turn", format: "N0")}, {Counted.Of(imported.Sum(r => r.Words), "word", format: "N0")})");
            }
            output.WriteLine(".");
        }
        if (updated.Count > 0)
        {
            output.WriteLine($"Updated {Counted.Of(updated.Count, "transcript")} with corrected text; 'codebook undo' puts the old text back.");
        }
        if (updated.Any(r => r.Reimport!.Unplaced.Count > 0))
        {
            output.WriteLine("Unplaced codings are kept aside: 'codebook codings --unplaced' lists them, 'codebook place' puts one back, 'codebook uncode' removes it.");
        }
        var skipped = results.Count(r => r.Status == ImportResultStatus.AlreadyImported);
        if (skipped > 0) output.WriteLine($"{skipped} already in the project, left as they were.");
        var failed = results.Count(r => r.Status == ImportResultStatus.Failed);
        if (failed > 0) output.WriteLine($"{Counted.Of(failed, "file")} failed and left no trace; see the reasons above.");
    }

    /// <summary>"14 codings carried (1 with corrected text), 1 unplaced (c8x2k4m1q "On a commencé…")".</summary>
    private static string Carried(ReimportResult reimport)
    {
        var text = $"{Counted.Of(reimport.Carried, "coding")} carried";
        if (reimport.Edited > 0) text += $" ({reimport.Edited} with corrected text)";
        text += $", {reimport.Unplaced.Count} unplaced";
        if (reimport.Unplaced.Count == 0) return text;
        return text + $" ({string.Join(", ", reimport.Unplaced.Select(u => $"{u.Id} \"{Excerpt.Of(u.Text, 40)}\""))})";
    }
}
