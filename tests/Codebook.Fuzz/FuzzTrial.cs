using Codebook.Core.Errors;

namespace Codebook.Fuzz;

/// <summary>Reads one input with a hang guard and says what came of it. A hung read cannot be stopped in .NET: its
/// thread is left behind, which is why the runner gives up on a parser after a few hangs.</summary>
public static class FuzzTrial
{
    /// <summary>Far above the milliseconds a read takes, even of a 4 MB input; not a performance check.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    public static (FuzzOutcome Outcome, Exception? Error) Run(FuzzTarget target, byte[] file, TimeSpan hangGuard)
    {
        var read = Task.Factory.StartNew(() => target.Read(file), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!read.Wait(hangGuard)) return (FuzzOutcome.Hang, null);
            return (FuzzOutcome.Read, null);
        }
        catch (AggregateException wrapped) when (wrapped.InnerException is CodebookException e)
        {
            return (IsClear(e) ? FuzzOutcome.Refused : FuzzOutcome.Unclear, e);
        }
        catch (AggregateException wrapped)
        {
            return (FuzzOutcome.Crash, wrapped.InnerException ?? wrapped);
        }
    }

    /// <summary>What, where and what to do: our error's promise.</summary>
    public static bool IsClear(CodebookException e) =>
        !string.IsNullOrWhiteSpace(e.Message) && !string.IsNullOrWhiteSpace(e.Where) && !string.IsNullOrWhiteSpace(e.Hint);
}
