using Codebook.Cli.Tests.Reliability;
using Codebook.Cli.Tests.Search;

namespace Codebook.Cli.Tests;

/// <summary>What the whole test run shares and removes at its end (MSTest allows one assembly clean-up).</summary>
[TestClass]
public sealed class TestRun
{
    [AssemblyCleanup]
    public static void RemoveShared()
    {
        SearchStudy.Delete();
        FuzzSeeds.Drop();
    }
}
