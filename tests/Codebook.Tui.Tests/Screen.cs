using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Views;

namespace Codebook.Tui.Tests;

/// <summary>A window run headless at a given size: keys in, screen text and cell colours out.</summary>
internal sealed class Screen : IDisposable
{
    private readonly IApplication _app;

    public Screen(Window window, int width, int height)
    {
        _app = Application.Create().Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        Window = window;
        _app.Begin(window);
        _app.LayoutAndDraw();
    }

    public Window Window { get; }

    public Screen Press(params Key[] keys)
    {
        foreach (var key in keys) _app.InjectKey(key);
        _app.LayoutAndDraw();
        return this;
    }

    public Screen Type(string text) => Press(text.Select(c => new Key(c)).ToArray());

    /// <summary>The view that has the keyboard now.</summary>
    public Terminal.Gui.ViewBase.View? Focused => Window.MostFocused;

    public string Text => _app.Driver!.ToString()!;

    public string[] Rows => Text.TrimEnd('\n').Split('\n').Select(r => r.TrimEnd('\r')).ToArray();

    public Cell Cell(int x, int y) => _app.Driver!.Contents![y, x];

    public void Dispose()
    {
        Window.Dispose();
        _app.Dispose();
    }
}
