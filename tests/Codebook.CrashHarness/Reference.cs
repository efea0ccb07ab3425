namespace Codebook.CrashHarness;

/// <summary>What an operation does when nothing stops it, measured once: the project after each of its changes (from
/// the reference steps), how long each step runs and how many changes the log holds after each (from the steps).</summary>
public sealed class Reference
{
    private readonly Dictionary<int, Expected> states;
    private readonly List<TimeSpan> durations;

    private Reference(Dictionary<int, Expected> states, int baseChanges, List<TimeSpan> durations, IReadOnlyList<int> changesAfter)
    {
        this.states = states;
        this.durations = durations;
        BaseChanges = baseChanges;
        ChangesAfter = changesAfter;
    }

    /// <summary>Changes in the base project's log.</summary>
    public int BaseChanges { get; }

    /// <summary>How long each step ran, start to exit, the last time it ran to the end.</summary>
    public IReadOnlyList<TimeSpan> Durations => durations;

    /// <summary>Changes in the log after each step.</summary>
    public IReadOnlyList<int> ChangesAfter { get; }

    /// <summary>A step ran to the end before its kill: the machine's load changed, so kill within its new duration.</summary>
    public void Ended(int step, TimeSpan elapsed) => durations[step] = elapsed;

    /// <summary>The project with <paramref name="changes"/> in its log, if the operation ever has that many.</summary>
    public Expected? At(int changes) => states.GetValueOrDefault(changes);

    public static Reference Measure(Operation operation, SampleStudy study, string folder)
    {
        var states = new Dictionary<int, Expected>();
        var codebook = operation.Prepare(study, Path.Combine(folder, "states"));
        var first = Read(codebook);
        states[first.State.Changes] = first;
        foreach (var step in operation.ReferenceSteps)
        {
            Require(codebook, step);
            var next = Read(codebook);
            // Each reference step is one change (or none, as for an index rebuild), so every state in between is seen.
            if (next.State.Changes > first.State.Changes + states.Count)
            {
                throw new InvalidOperationException($"{operation.Name}: 'codebook {string.Join(' ', step)}' made more than one change");
            }
            states[next.State.Changes] = next;
        }

        var timed = operation.Prepare(study, Path.Combine(folder, "timed"));
        var durations = new List<TimeSpan>();
        var changesAfter = new List<int>();
        foreach (var step in operation.Steps)
        {
            // Timed as the process the kills will stop, start-up included.
            var run = timed.RunKilledAfter(null, step);
            if (!run.Succeeded) throw new InvalidOperationException($"reference run: {run.Describe(step)}");
            durations.Add(run.Elapsed);
            changesAfter.Add(Read(timed).State.Changes);
        }
        return new Reference(states, first.State.Changes, durations, changesAfter);
    }

    private static Expected Read(CodebookRunner codebook)
    {
        var (state, problem) = ProjectState.Read(codebook);
        var (total, searchProblem) = IndexProbe.Search(codebook);
        if (state is null || total is null) throw new InvalidOperationException($"reading the reference: {problem ?? searchProblem}");
        return new Expected(state, total.Value);
    }

    private static CliOutcome Require(CodebookRunner codebook, string[] step)
    {
        var outcome = codebook.Run(step);
        return outcome.Succeeded ? outcome : throw new InvalidOperationException($"reference run: {outcome.Describe(step)}");
    }
}
