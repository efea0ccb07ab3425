using Codebook.Tui.Keys;
using Terminal.Gui.Input;

namespace Codebook.Tui.Reader;

public sealed partial class TranscriptReader
{
    private readonly Dictionary<ReaderAction, Action<KeyChord>> _actions = [];

    /// <summary>Whether the prefix key was pressed and the next key names a theme.</summary>
    public bool AwaitingThemeKey => _awaitingThemeKey;

    /// <summary>The key typed after the prefix <c>c</c>: the key of the theme to code with.</summary>
    public event Action<char>? ThemeKeyTyped;

    /// <summary>Makes <paramref name="action"/> do <paramref name="run"/> when its key is pressed in the reader; the
    /// reader does its moves and the selection itself, the window the rest (coding, panels, playback).</summary>
    public void AddAction(ReaderAction action, Action run) => _actions[action] = _ => run();

    /// <summary>The keys of <see cref="KeyMap.Reader"/> bound to the reader's command, and the reader's own actions.</summary>
    private void BindKeys()
    {
        AddCommand(MapBindings.Command, context => MapBindings.EntryOf<KeyChord>(context) is { } chord ? Act(chord) : null);
        foreach (var (key, chord) in KeyMap.ReaderBindings) MapBindings.Bind(KeyBindings, key, chord);
        foreach (var move in Enum.GetValues<ReaderAction>().Where(a => a.IsMove())) _actions[move] = chord => Move(chord.Action, chord.Extend);
        _actions[ReaderAction.CodeWithKey] = _ =>
        {
            _awaitingThemeKey = true;
            CursorMoved?.Invoke();
        };
        _actions[ReaderAction.ToggleMark] = _ => ToggleMark();
        _actions[ReaderAction.ClearSelection] = _ => ClearSelection();
    }

    /// <summary>Runs the action of a key, with a transcript shown; without one, the key goes on to the window.</summary>
    private bool Act(KeyChord chord)
    {
        if (Transcript is null || !_actions.TryGetValue(chord.Action, out var run)) return false;
        run(chord);
        return true;
    }

    /// <summary>After the prefix, the next key is taken whatever it is (Esc cancels), before any binding sees it.</summary>
    protected override bool OnKeyDown(Key key)
    {
        if (Transcript is null || !_awaitingThemeKey) return false;
        _awaitingThemeKey = false;
        var typed = key.AsRune.Value;
        if (key != Key.Esc && !key.IsCtrl && !key.IsAlt && typed > ' ') ThemeKeyTyped?.Invoke((char)typed);
        CursorMoved?.Invoke();
        return true;
    }

    /// <summary>A character key that the keyboard sent with a modifier (Shift on many layouts) still does what the
    /// character does.</summary>
    protected override bool OnKeyDownNotHandled(Key key) =>
        MapBindings.TryGet(KeyBindings, key, out var binding) && InvokeCommands(binding.Commands, binding) is true;

    private void ToggleMark()
    {
        Marking = !Marking;
        Anchor = Marking ? Offset : null;
        SetNeedsDraw();
        CursorMoved?.Invoke();
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
