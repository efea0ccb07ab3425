using System.Runtime.CompilerServices;

namespace Codebook.Tui.Tests;

internal static class HeadlessDriver
{
    /// <summary>Terminal.Gui v2 has no fake driver: this makes the ANSI driver draw into memory instead of the terminal.</summary>
    [ModuleInitializer]
    internal static void NoTerminal() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
