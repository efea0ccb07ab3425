namespace Codebook.Core.Time;

/// <summary>The time, as a port so that tests can fix it.</summary>
public interface IClock
{
    DateTime UtcNow { get; }
}
