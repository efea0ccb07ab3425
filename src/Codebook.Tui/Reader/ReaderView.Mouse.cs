using Terminal.Gui.Input;

namespace Codebook.Tui.Reader;

public sealed partial class ReaderView
{
    private bool _dragging;

    /// <summary>A click puts the cursor on the character under it; dragging with the button down selects; the wheel scrolls.</summary>
    protected override bool OnMouseEvent(Mouse mouse)
    {
        if (Transcript is null || Wrapped() is not { } layout || mouse.Position is not { } at) return false;
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown) || mouse.Flags.HasFlag(MouseFlags.WheeledUp))
        {
            _top = layout.Clamp(_top + (mouse.Flags.HasFlag(MouseFlags.WheeledDown) ? 3 : -3));
            SetNeedsDraw();
            return true;
        }
        if (mouse.Flags.HasFlag(MouseFlags.LeftButtonPressed))
        {
            if (!HasFocus) SetFocus();
            var row = layout.Row(_top + at.Y);
            int offset = Math.Min(row.Start + Math.Max(0, at.X - GutterWidth), row.End);
            MoveTo(offset, extend: _dragging);
            if (!_dragging) Anchor = offset;
            _dragging = true;
            return true;
        }
        if (mouse.Flags.HasFlag(MouseFlags.LeftButtonReleased))
        {
            _dragging = false;
            if (Anchor == Offset) Anchor = null;
            SetNeedsDraw();
            CursorMoved?.Invoke();
            return true;
        }
        return false;
    }
}
