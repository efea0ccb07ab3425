using Codebook.Tui.Keys;
using Terminal.Gui.Input;

namespace Codebook.Tui.Reader;

public sealed partial class ReaderView
{
    /// <summary>Whether the prefix key was pressed and the next key names a theme.</summary>
    public bool AwaitingThemeKey => _awaitingThemeKey;

    protected override bool OnKeyDown(Key key)
    {
        if (Transcript is null) return false;
        if (_awaitingThemeKey)
        {
            _awaitingThemeKey = false;
            var typed = key.AsRune.Value;
            if (key != Key.Esc && !key.IsCtrl && !key.IsAlt && typed > ' ') Requested?.Invoke(ReaderAction.CodeWithKey, (char)typed);
            CursorMoved?.Invoke();
            return true;
        }
        if (KeyMap.Find(key) is not { } chord) return false;
        switch (chord.Action)
        {
            case ReaderAction.CodeWithKey:
                _awaitingThemeKey = true;
                CursorMoved?.Invoke();
                return true;
            case ReaderAction.ToggleMark:
                Marking = !Marking;
                Anchor = Marking ? Offset : null;
                SetNeedsDraw();
                CursorMoved?.Invoke();
                return true;
            case ReaderAction.ClearSelection:
                ClearSelection();
                return true;
            case <= ReaderAction.Bottom:
                Move(chord.Action, chord.Extend);
                return true;
            default:
                Requested?.Invoke(chord.Action, null);
                return true;
        }
    }

    /// <summary>Does one move of the key map.</summary>
    public void Move(ReaderAction action, bool extend = false)
    {
        if (Transcript is null || Wrapped() is not { } layout) return;
        var text = Transcript.Text;
        int row = layout.RowAt(Offset);
        int page = Math.Max(1, Viewport.Height - 1);
        bool vertical = action is ReaderAction.Up or ReaderAction.Down or ReaderAction.PageUp or ReaderAction.PageDown;
        if (!vertical) _wantedColumn = -1;
        int target = action switch
        {
            ReaderAction.Left => Offset - 1,
            ReaderAction.Right => Offset + 1,
            ReaderAction.Up => OnRow(layout, row - 1),
            ReaderAction.Down => OnRow(layout, row + 1),
            ReaderAction.PageUp => OnRow(layout, row - page),
            ReaderAction.PageDown => OnRow(layout, row + page),
            ReaderAction.WordLeft => TextMotions.PreviousWord(text, Offset),
            ReaderAction.WordRight => TextMotions.NextWord(text, Offset),
            ReaderAction.SentencePrevious => TextMotions.PreviousSentence(text, Offset),
            ReaderAction.SentenceNext => TextMotions.NextSentence(text, Offset),
            ReaderAction.TurnPrevious => TextMotions.PreviousTurn(Transcript, Offset),
            ReaderAction.TurnNext => TextMotions.NextTurn(Transcript, Offset),
            ReaderAction.LineStart => layout.Row(row).Start,
            ReaderAction.LineEnd => layout.Row(row).End,
            ReaderAction.Top => 0,
            _ => text.Length,
        };
        if (action is ReaderAction.PageUp or ReaderAction.PageDown) _top = layout.Clamp(_top + (action == ReaderAction.PageDown ? page : -page));
        MoveTo(target, extend);
    }

    /// <summary>The offset on another row in the column the cursor is in (or was in before shorter rows).</summary>
    private int OnRow(ReaderLayout layout, int row)
    {
        int current = layout.RowAt(Offset);
        if (_wantedColumn < 0) _wantedColumn = Offset - layout.Row(current).Start;
        var target = layout.Row(row);
        return Math.Min(target.Start + _wantedColumn, target.End);
    }
}
