using Codebook.Tui.Session;
using Terminal.Gui.App;

namespace Codebook.Tui;

/// <summary>Runs the terminal UI on an open project until the user quits. Every change is committed as it is made,
/// so there is nothing to save on the way out.</summary>
public static class CodebookTui
{
    /// <param name="afterFirstScreen">Work that can wait until the first screen is on the terminal (opening the
    /// search index): done then, on the UI's thread, before the first key is handled.</param>
    public static void Run(ProjectSession session, Action? afterFirstScreen = null)
    {
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
