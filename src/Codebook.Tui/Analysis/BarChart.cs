using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Codebook.Tui.Analysis;

/// <summary>Horizontal bars, one a row: the label, a bar scaled to the largest value, the value and a note. Rows that do
/// not fit are cut at the bottom; ↑/↓ scroll.</summary>
public sealed class BarChart : View
{
    private IReadOnlyList<Bar> _bars = [];
    private int _top;

    public BarChart()
    {
        CanFocus = true;
        AddCommand(Command.Down, () => ScrollTo(_top + 1));
        AddCommand(Command.Up, () => ScrollTo(_top - 1));
        KeyBindings.Add(Key.CursorDown, Command.Down);
        KeyBindings.Add(Key.CursorUp, Command.Up);
    }

    public IReadOnlyList<Bar> Bars => _bars;

    public void Show(IReadOnlyList<Bar> bars)
    {
        _bars = bars;
        _top = 0;
        SetNeedsDraw();
    }

    private bool ScrollTo(int top)
    {
        _top = Math.Clamp(top, 0, Math.Max(0, _bars.Count - Viewport.Height));
        SetNeedsDraw();
        return true;
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var normal = GetAttributeForRole(VisualRole.Normal);
        SetAttribute(normal);
        FillRect(Viewport with { X = 0, Y = 0 }, new System.Text.Rune(' '));
        if (_bars.Count == 0) return true;
        int labelWidth = Math.Min(_bars.Max(b => b.Label.Length), Math.Max(8, Viewport.Width / 3));
        int valueWidth = _bars.Max(b => b.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        int noteWidth = Math.Min(_bars.Max(b => b.Note.Length), Viewport.Width / 4);
        int room = Math.Max(1, Viewport.Width - labelWidth - valueWidth - noteWidth - 3);
        int largest = Math.Max(1, _bars.Max(b => b.Value));
        for (int y = 0; y < Viewport.Height && _top + y < _bars.Count; y++)
        {
            var bar = _bars[_top + y];
            SetAttribute(normal);
            var label = bar.Label.Length > labelWidth ? bar.Label[..(labelWidth - 1)] + "…" : bar.Label.PadRight(labelWidth);
            AddStr(0, y, label + " ");
            int length = bar.Value == 0 ? 0 : Math.Max(1, bar.Value * room / largest);
            SetAttribute(bar.Color is { } color ? normal with { Foreground = color } : normal);
            AddStr(labelWidth + 1, y, new string('█', length));
            SetAttribute(normal);
            var note = bar.Note.Length > noteWidth ? bar.Note[..Math.Max(0, noteWidth - 1)] + "…" : bar.Note;
            AddStr(labelWidth + 1 + length, y, $" {bar.Value}{(note.Length > 0 ? " " + note : "")}");
        }
        return true;
    }
}
