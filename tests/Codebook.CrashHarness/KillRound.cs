namespace Codebook.CrashHarness;

/// <summary>One kill: a fresh copy of the base project, the operation's steps up to a random one, which is killed
/// (SIGKILL) after a random delay within its normal duration; then the project is reopened through the CLI and checked.</summary>
public static class KillRound
{
    private const double CalibrationShare = 0.125;

    public static KillResult Run(Operation operation, Reference reference, SampleStudy study, string folder, Random random)
    {
        var codebook = operation.Prepare(study, folder);
        var step = random.Next(operation.Steps.Count);
        var problems = new List<string>();
        for (var i = 0; i < step; i++)
        {
            var before = codebook.Run(operation.Steps[i]);
            if (!before.Succeeded) return Failed(operation, $"run: {before.Describe(operation.Steps[i])}");
        }
        // Now and then a round only times the step, as the machine's load (and the other workers) make it now.
        var calibration = random.NextDouble() < CalibrationShare;
        var delay = reference.Durations[step] * random.NextDouble();
        var killed = codebook.RunKilledAfter(calibration ? null : delay, operation.Steps[step]);
        if (killed.ExitCode is not null)
        {
            // It ended before the kill: not a kill, unless it failed.
            reference.Ended(step, killed.Elapsed);
            return new KillResult(operation.Name, false, delay, 0, 0, null, killed.Succeeded ? [] : [$"run: {killed.Describe(operation.Steps[step])}"]);
        }
        // Every change of the steps that exited 0 is acknowledged, and each one the killed run reported done.
        var acknowledged = (step == 0 ? reference.BaseChanges : reference.ChangesAfter[step - 1]) - reference.BaseChanges
            + Operation.Acknowledged(killed.Output);

        var (state, problem) = ProjectState.Read(codebook);
        if (state is null) return new KillResult(operation.Name, true, delay, acknowledged, 0, null, [$"damaged: {problem}"]);
        var applied = state.Changes - reference.BaseChanges;
        if (applied < acknowledged) problems.Add($"lost: {acknowledged} changes acknowledged, {applied} in the log");
        if (reference.At(state.Changes) is not { } expected)
        {
            problems.Add($"half-applied: {state.Changes} changes in the log, which the operation never has");
            return new KillResult(operation.Name, true, delay, acknowledged, applied, null, problems);
        }
        if (state.Difference(expected.State) is { } difference) problems.Add($"half-applied: after {applied} changes, {difference}");
        problems.AddRange(Dangling(state));

        var indexFound = CheckIndex(codebook, expected, problems);
        if (applied > 0 && reference.At(state.Changes - 1) is { } previous) CheckUndo(codebook, previous, problems);
        return new KillResult(operation.Name, true, delay, acknowledged, applied, indexFound, problems);
    }

    /// <summary>Codings on a theme or transcript that is not there.</summary>
    private static IEnumerable<string> Dangling(ProjectState state)
    {
        var themes = state.Fields("themes", "theme.id").ToHashSet(StringComparer.Ordinal);
        var transcripts = state.Fields("transcripts", "id").ToHashSet(StringComparer.Ordinal);
        foreach (var coding in state.Rows["codings"])
        {
            var theme = ProjectState.Field(coding, "theme");
            var transcript = ProjectState.Field(coding, "transcript");
            if (!themes.Contains(theme) || !transcripts.Contains(transcript)) yield return $"half-applied: a coding on {theme} / {transcript}, which is not there";
        }
    }

    /// <summary>The index may be anything but unreadable after a kill; a search must repair it and find what it should.</summary>
    private static string? CheckIndex(CodebookRunner codebook, Expected expected, List<string> problems)
    {
        var (found, problem) = IndexProbe.Check(codebook);
        if (found is null) problems.Add($"index: check failed: {problem}");
        var (total, searchProblem) = IndexProbe.Search(codebook);
        if (total is null) problems.Add($"index: search failed: {searchProblem}");
        else if (total != expected.SearchTotal) problems.Add($"index: search found {total} passages, expected {expected.SearchTotal}");
        if (found == "ok") return found;
        var (after, _) = IndexProbe.Check(codebook);
        if (after != "ok") problems.Add($"index: still {after ?? "unreadable"} after a search");
        return found;
    }

    /// <summary>The last change found must undo to the project as it was before it.</summary>
    private static void CheckUndo(CodebookRunner codebook, Expected previous, List<string> problems)
    {
        var undo = codebook.Run("undo");
        if (!undo.Succeeded)
        {
            problems.Add($"undo: {undo.Describe(["undo"])}");
            return;
        }
        var (state, problem) = ProjectState.Read(codebook);
        if (state is null) problems.Add($"damaged: after undo, {problem}");
        else if (state.Difference(previous.State, withLog: false) is { } difference) problems.Add($"undo: {difference}");
    }

    private static KillResult Failed(Operation operation, string problem) => new(operation.Name, false, TimeSpan.Zero, 0, 0, null, [problem]);
}
