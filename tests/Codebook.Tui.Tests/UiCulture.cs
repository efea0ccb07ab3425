using System.Globalization;
using System.Runtime.CompilerServices;

namespace Codebook.Tui.Tests;

/// <summary>The UI reads its labels in the current UI culture: English (the neutral resources) unless a test says
/// otherwise, whatever language the machine running the tests is set to.</summary>
internal sealed class UiCulture : IDisposable
{
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

    private UiCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    [ModuleInitializer]
    internal static void EnglishByDefault() => CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

    /// <summary>The UI in <paramref name="name"/> ("fr", "es") until disposed.</summary>
    public static UiCulture Use(string name) => new(name);

    public void Dispose() => CultureInfo.CurrentUICulture = _before;
}
