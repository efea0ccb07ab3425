using System.Globalization;
using Codebook.Tui.Main;
using Codebook.Tui.Session;
using Terminal.Gui.App;

namespace Codebook.Tui;

/// <summary>Runs the terminal UI on an open project until the user quits. Every change is committed as it is made,
/// so there is nothing to save on the way out.</summary>
public static class CodebookTui
{
    /// <param name="language">The UI language (<see cref="Resources.UiLanguage.Resolve"/>): the labels are read from the
    /// resources of the current UI culture, so it is set for the UI's thread before the first view is made.</param>
    /// <param name="afterFirstScreen">Work that can wait until the first screen is on the terminal (opening the
    /// search index): done then, on the UI's thread, before the first key is handled.</param>
    public static void Run(ProjectSession session, CultureInfo language, Action? afterFirstScreen = null)
    {
        CultureInfo.CurrentUICulture = language;
        TerminalGuiConfiguration.ApplyWhereTheInitializerIsEmptied();
        using IApplication app = Application.Create().Init();
        using var window = new MainWindow(session);
        if (afterFirstScreen is not null)
        {
            EventHandler<EventArgs>? drawn = null;
            drawn = (_, _) =>
            {
                app.LayoutAndDrawComplete -= drawn;
                app.Invoke(afterFirstScreen);
            };
            app.LayoutAndDrawComplete += drawn;
        }
        app.Run(window);
    }
}
