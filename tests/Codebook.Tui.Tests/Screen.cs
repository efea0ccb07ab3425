using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Views;
using Attribute = Terminal.Gui.Drawing.Attribute;

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

    /// <summary>Every cell of the screen as drawn now (the character and its attribute).</summary>
    public (string Grapheme, Attribute? Attribute)[,] Cells()
    {
        var contents = _app.Driver!.Contents!;
        var cells = new (string, Attribute?)[contents.GetLength(0), contents.GetLength(1)];
        for (int y = 0; y < contents.GetLength(0); y++)
        {
            for (int x = 0; x < contents.GetLength(1); x++) cells[y, x] = (contents[y, x].Grapheme, contents[y, x].Attribute);
        }
        return cells;
    }

    /// <summary>The screen cleared and drawn again whole, as after a resize.</summary>
    public Screen RedrawnWhole()
    {
        _app.LayoutAndDraw(forceRedraw: true);
        return this;
    }

    public void Dispose()
    {
        Window.Dispose();
        _app.Dispose();
    }
}
