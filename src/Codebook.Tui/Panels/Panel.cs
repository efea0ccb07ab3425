using Codebook.Tui.Keys;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Codebook.Tui.Panels;

/// <summary>A view that takes the whole main screen above the status line (search, analyses, review, codebook diff),
/// with its keys as data: they are bound to the panel's command (<see cref="MapBindings"/>), each running the action the
/// panel added for it, and the help screen and status line show them.</summary>
public abstract class Panel : FrameView
{
    protected Panel(string title, IReadOnlyList<PanelKey> keys)
    {
        Title = title;
        Keys = keys;
        Visible = false;
        CanFocus = true;
        X = 0;
        Y = 0;
        Width = Dim.Fill();
        Height = Dim.Fill(1);
        AddCommand(MapBindings.Command, context => MapBindings.EntryOf<PanelKey>(context) is { } key ? Act(key.Action) : null);
        foreach (var key in keys) MapBindings.Bind(KeyBindings, key.Key, key);
        AddAction(PanelAction.Close, Close);
        Listen(this);
    }

    private readonly Dictionary<PanelAction, Action> _actions = [];

    public IReadOnlyList<PanelKey> Keys { get; }

    /// <summary>Raised when the panel closes, so the window gives the focus back to the reader.</summary>
    public event Action? Closed;

    /// <summary>Something to show in the status line: what was done, or why not.</summary>
    public event Action<string>? Said;

    /// <summary>The keys for the status line: "Enter jump · Ctrl+K code all hits · Esc close".</summary>
    public string KeysLine => LineOf(Keys);

    public static string LineOf(IReadOnlyList<PanelKey> keys) => " " + string.Join(" · ", keys.Where(k => k.Brief.Length > 0).Select(k => k.Brief));

    public void Close()
    {
        Visible = false;
        Closed?.Invoke();
    }

    protected void Say(string message) => Said?.Invoke(message);

    /// <summary>Asks for the recording of a passage to be played (docs/media.md): the transcript's id and the span.</summary>
    public event Action<string, Core.Model.TextSpan>? PlayAsked;

    protected void AskToPlay(string transcriptId, Core.Model.TextSpan span) => PlayAsked?.Invoke(transcriptId, span);

    /// <summary>Makes <paramref name="action"/> do <paramref name="run"/> when its key is pressed in the panel.</summary>
    protected void AddAction(PanelAction action, Action run) => _actions[action] = run;

    private bool Act(PanelAction action)
    {
        if (!_actions.TryGetValue(action, out var run)) return false;
        run();
        return true;
    }

    /// <summary>Makes the panel's keys work while <paramref name="view"/> has the focus, before its own key bindings
    /// (the query field binds Ctrl+K and Enter itself).</summary>
    protected void Listen(View view) => MapBindings.Forward(view, this);
}
