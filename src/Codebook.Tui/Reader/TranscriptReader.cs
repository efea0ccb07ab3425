using Codebook.Core.Model;
using Codebook.Tui.Keys;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace Codebook.Tui.Reader;

/// <summary>The transcript reader: turns wrapped to the width (as far as shown, once per width), line numbers, a stripe column per coder
/// showing the themes on each row, coded text in its theme's colour, a cursor and a selection. Keys come from
/// <see cref="KeyMap"/> as Terminal.Gui key bindings; moves and the selection are its own actions, the window adds the
/// others (<see cref="AddAction"/>).</summary>
public sealed partial class TranscriptReader : View
{
    private ReaderLayout? _layout;
    private int _top;
    private int _wantedColumn = -1;
    private bool _awaitingThemeKey;
    private LineStarts _lines = new("");
    private readonly Dictionary<string, Terminal.Gui.Drawing.Attribute> _highlights = new(StringComparer.Ordinal);

    public TranscriptReader()
    {
        CanFocus = true;
        BindKeys();
    }

    public Transcript? Transcript { get; private set; }

    public CodingIndex Codings { get; private set; } = new([]);

    /// <summary>The theme of each coding, by theme id, for its colour.</summary>
    public IReadOnlyDictionary<string, Theme> Themes { get; private set; } = new Dictionary<string, Theme>();

    /// <summary>The turn (its index) being heard in the recording, marked in the gutter; null when none is.</summary>
    public int? HeardTurn
    {
        get => _heardTurn;
        set
        {
            if (_heardTurn == value) return;
            _heardTurn = value;
            SetNeedsDraw();
        }
    }

    private int? _heardTurn;

    /// <summary>Offset of the cursor in the transcript text.</summary>
    public int Offset { get; private set; }

    /// <summary>Where the selection started, when there is one.</summary>
    public int? Anchor { get; private set; }

    /// <summary>Whether moves extend the selection because a mark was set (<c>v</c>).</summary>
    public bool Marking { get; private set; }

    /// <summary>The selected text, or null when nothing is selected.</summary>
    public TextSpan? Selection => Anchor is { } a && a != Offset ? new TextSpan(Math.Min(a, Offset), Math.Max(a, Offset)) : null;

    /// <summary>Raised when the cursor or the selection changes, for the detail pane and status bar.</summary>
    public event Action? CursorMoved;

    /// <summary>Shows a transcript (cursor at its start) or, for the same transcript, new codings and themes in place.</summary>
    public void Show(Transcript transcript, IEnumerable<Coding> codings, IReadOnlyDictionary<string, Theme> themes)
    {
        if (!ReferenceEquals(Transcript, transcript) && Transcript?.Id != transcript.Id)
        {
            Offset = 0;
            Anchor = null;
            Marking = false;
            _top = 0;
        }
        if (!ReferenceEquals(Transcript, transcript))
        {
            _layout = null;
            _lines = new LineStarts(transcript.Text);
        }
        Transcript = transcript;
        Codings = new CodingIndex(codings);
        Themes = themes;
        _highlights.Clear();
        Offset = Math.Min(Offset, transcript.Text.Length);
        SetNeedsDraw();
        CursorMoved?.Invoke();
    }

    /// <summary>Puts the cursor at <paramref name="offset"/>, extending the selection or dropping it.</summary>
    public void MoveTo(int offset, bool extend = false)
    {
        if (Transcript is null) return;
        extend |= Marking;
        if (extend) Anchor ??= Offset;
        else Anchor = null;
        Offset = Math.Clamp(offset, 0, Transcript.Text.Length);
        ScrollToCursor();
        SetNeedsDraw();
        CursorMoved?.Invoke();
    }

    public void ClearSelection()
    {
        Anchor = null;
        Marking = false;
        SetNeedsDraw();
        CursorMoved?.Invoke();
    }

    /// <summary>The layout for the current width, wrapped again only when the width or the transcript changed.</summary>
    public ReaderLayout? Wrapped()
    {
        if (Transcript is null) return null;
        int width = Math.Max(1, Viewport.Width - GutterWidth);
        if (_layout is null || _layout.Width != width) _layout = ReaderLayout.Wrap(Transcript, _lines, width);
        return _layout;
    }

    /// <summary>The one-based line of the transcript holding <paramref name="offset"/>.</summary>
    public int LineAt(int offset) => _lines.LineAt(offset);

    /// <summary>The first row shown.</summary>
    public int TopRow => _top;

    private void ScrollToCursor()
    {
        if (Wrapped() is not { } layout) return;
        int row = layout.RowAt(Offset), height = Math.Max(1, Viewport.Height);
        if (row < _top) _top = row;
        else if (row >= _top + height) _top = row - height + 1;
    }
}
