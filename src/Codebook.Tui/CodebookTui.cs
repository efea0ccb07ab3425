using Codebook.Tui.Session;
using Terminal.Gui.App;

namespace Codebook.Tui;

/// <summary>Runs the terminal UI on an open project until the user quits. Every change is committed as it is made,
/// so there is nothing to save on the way out.</summary>
public static class CodebookTui
{
    public static void Run(ProjectSession session)
    {
        using IApplication app = Application.Create().Init();
        using var window = new MainWindow(session);
        app.Run(window);
    }
}
