namespace Codebook.Cli;

/// <summary>What the process tells scripts: 0 all good, 1 some inputs failed (the rest done), 2 usage or project errors.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int UsageOrProject = 2;
}
