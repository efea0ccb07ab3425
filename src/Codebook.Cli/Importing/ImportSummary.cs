using Codebook.Core.Model;

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
                $"  imported  {result.File} → {result.TranscriptId} ({result.Language}, {result.Turns} turns, {result.Words:N0} words)",
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
            output.Write($"Imported {imported.Count} transcript{(imported.Count == 1 ? "" : "s")}");
            if (imported.Count > 0)
            {
                output.Write($" ({string.Join(", ", languages)}; {imported.Sum(r => r.Turns):N0} turns, {imported.Sum(r => r.Words):N0} words)");
            }
            output.WriteLine(".");
        }
        if (updated.Count > 0)
        {
            output.WriteLine($"Updated {updated.Count} transcript{(updated.Count == 1 ? "" : "s")} with corrected text; 'codebook undo' puts the old text back.");
        }
        if (updated.Any(r => r.Reimport!.Unplaced.Count > 0))
        {
            output.WriteLine("Unplaced codings are kept aside: 'codebook codings --unplaced' lists them, 'codebook place' puts one back, 'codebook uncode' removes it.");
        }
        var skipped = results.Count(r => r.Status == ImportResultStatus.AlreadyImported);
        if (skipped > 0) output.WriteLine($"{skipped} already in the project, left as they were.");
        var failed = results.Count(r => r.Status == ImportResultStatus.Failed);
        if (failed > 0) output.WriteLine($"{failed} file{(failed == 1 ? "" : "s")} failed and left no trace; see the reasons above.");
    }

    /// <summary>"14 codings carried (1 with corrected text), 1 unplaced (c8x2k4m1q "On a commencé…")".</summary>
    private static string Carried(ReimportResult reimport)
    {
        var text = $"{reimport.Carried} coding{(reimport.Carried == 1 ? "" : "s")} carried";
        if (reimport.Edited > 0) text += $" ({reimport.Edited} with corrected text)";
        text += $", {reimport.Unplaced.Count} unplaced";
        if (reimport.Unplaced.Count == 0) return text;
        return text + $" ({string.Join(", ", reimport.Unplaced.Select(u => $"{u.Id} \"{Excerpt.Of(u.Text, 40)}\""))})";
    }
}
