using Terminal.Gui.Configuration;

namespace Codebook.Tui;

/// <summary>Terminal.Gui applies its configuration (themes, key bindings, settings) from a module initializer. Under
/// JIT that runs when its assembly is first used, by the UI alone; a native (AOT) executable runs every module
/// initializer before <c>Main</c>, so every command paid for it. The native build empties Terminal.Gui's and sets
/// <see cref="Switch"/> (src/Codebook.Cli/Native/TerminalGui.Substitutions.xml), and the UI applies the configuration
/// itself.</summary>
internal static class TerminalGuiConfiguration
{
    public const string Switch = "Codebook.Tui.ApplyTerminalGuiConfiguration";

    /// <summary>Does what Terminal.Gui's module initializer does, where the build emptied it: a bad configuration
    /// file is reported when the UI closes and the UI runs on the defaults, as Terminal.Gui does.</summary>
    public static void ApplyWhereTheInitializerIsEmptied()
    {
        if (!AppContext.TryGetSwitch(Switch, out var apply) || !apply) return;
        try
        {
            TuiConfigurationBuilder.Shared.ApplyToStaticFacades();
        }
        catch (Exception e)
        {
            TuiJsonErrors.Add("Applying configuration failed: " + e.Message + ". Running with default settings.");
        }
    }
}
