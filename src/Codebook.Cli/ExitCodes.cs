namespace Codebook.Cli;

/// <summary>What the process tells scripts: 0 all good, 1 some inputs failed (the rest done) or an export refused a real name, 2 usage or project errors.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;

    /// <summary>An export refused to write because a real name of the pseudonym table is still in it.</summary>
    public const int RealNameLeft = 1;
    public const int UsageOrProject = 2;
}
