using Terminal.Gui.Input;

namespace Codebook.Tui.Keys;

/// <summary>One entry of the key map: a key (or a typed character, whatever the keyboard layout) and what it does.</summary>
/// <param name="Extend">Whether the move extends the selection instead of clearing it.</param>
public sealed record KeyChord(Key? Key, char? Char, ReaderAction Action, bool Extend, string Keys, string Help)
{
    public bool Matches(Key key) => Char is { } c
        ? !key.IsCtrl && !key.IsAlt && key.AsRune.Value == c
        : Key is not null && key == Key;
}
