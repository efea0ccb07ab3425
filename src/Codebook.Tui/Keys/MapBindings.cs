using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Codebook.Tui.Keys;

/// <summary>How the entries of the <see cref="KeyMap"/> become Terminal.Gui key bindings. Terminal.Gui's
/// <see cref="Terminal.Gui.Input.Command"/> is a closed enum with no member for "code with a theme" or "open the
/// analyses", so each key is bound the way Terminal.Gui's own <c>Shortcut</c> binds a key to an application's action:
/// to <see cref="Terminal.Gui.Input.Command.HotKey"/>, with the map's entry as the binding's data. A view declares that
/// command once (<c>AddCommand</c>) and runs the entry's action from its table of actions.</summary>
public static class MapBindings
{
    public const Command Command = Terminal.Gui.Input.Command.HotKey;

    /// <summary>Binds <paramref name="key"/> to <paramref name="entry"/>, in place of what the view bound to it
    /// (every view binds Enter to Accept).</summary>
    public static void Bind(KeyBindings bindings, Key key, object entry)
    {
        bindings.Remove(key);
        bindings.Add(key, new KeyBinding([Command], entry));
    }

    /// <summary>The binding of a key as the keyboard sent it, or else of the printable character it types: a layout
    /// where '(' or 'N' needs Shift may send the modifier with the character.</summary>
    public static bool TryGet(KeyBindings bindings, Key key, out KeyBinding binding)
    {
        if (bindings.TryGet(key, out binding)) return true;
        if (key.IsCtrl || key.IsAlt || key.AsRune.Value <= ' ') return false;
        return bindings.TryGet(new Key(key.AsRune.Value), out binding);
    }

    /// <summary>Makes the keys bound in <paramref name="owner"/> work while <paramref name="field"/> inside it has the
    /// focus, before the field's own bindings: a text field binds Enter, and Ctrl+K, itself, and the box or panel
    /// around it wants them (and ↑/↓ for its list).</summary>
    public static void Forward(View field, View owner) => field.KeyDown += (_, key) =>
    {
        if (key.Handled || !owner.Visible || !TryGet(owner.KeyBindings, key, out var binding)) return;
        key.Handled = owner.InvokeCommands(binding.Commands, binding) is true;
    };

    /// <summary>The map's entry that a command was invoked for, when it came from one of these bindings.</summary>
    public static T? EntryOf<T>(ICommandContext? context) where T : class =>
        context?.Binding is KeyBinding { Data: T entry } ? entry : null;
}
