using Terminal.Gui.Input;

namespace Codebook.Tui.Keys;

/// <summary>One entry of the key map: a key (or a typed character, whatever the keyboard layout) and what it does.</summary>
/// <param name="Extend">Whether the move extends the selection instead of clearing it.</param>
public sealed record KeyChord(Key? Key, char? Char, ReaderAction Action, bool Extend, string Keys, string Help)
{
    /// <summary>The key the reader binds: the key, or the key that types the character; null for a line of help alone.</summary>
    public Key? Bound => Char is { } c ? new Key(c) : Key;
}
