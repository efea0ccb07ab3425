using Codebook.Core.Model;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using Codebook.Tui.Panels;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Transcripts;

/// <summary>The project's transcripts with their coding progress. Moving onto one shows it in the reader; Enter
/// goes to the reader.</summary>
public sealed class TranscriptList : FilledFrame
{
    private readonly PaneList _list = new() { Width = Dim.Fill(), Height = Dim.Fill() };
    private IReadOnlyList<TranscriptRow> _rows = [];

    public TranscriptList()
    {
        Title = Strings.TranscriptsTitle;
        CanFocus = true;
        Add(_list);
        HasFocusChanged += (_, _) => { if (HasFocus) _list.SetFocus(); };
        _list.ValueChanged += (_, _) => { if (Selected is { } t) Chosen?.Invoke(t, false); };
        _list.Accepting += (_, e) =>
        {
            if (Selected is { } t) Chosen?.Invoke(t, true);
            e.Handled = true;
        };
    }

    /// <summary>A transcript was moved onto (false) or opened with Enter (true).</summary>
    public event Action<Transcript, bool>? Chosen;

    public Transcript? Selected => _list.SelectedItem is int i && i >= 0 && i < _rows.Count ? _rows[i].Transcript : null;

    public IReadOnlyList<TranscriptRow> Rows => _rows;

    /// <summary>Moves the list onto a transcript opened from elsewhere (a search hit).</summary>
    public void Select(Transcript transcript)
    {
        var index = _rows.ToList().FindIndex(r => r.Transcript.Id == transcript.Id);
        if (index >= 0 && _list.SelectedItem != index) _list.SelectedItem = index;
    }

    /// <summary>Shows the rows again (after a change), keeping the selected transcript.</summary>
    public void Show(IReadOnlyList<TranscriptRow> rows)
    {
        var keep = _list.SelectedItem;
        _rows = rows;
        int idWidth = rows.Count == 0 ? 0 : rows.Max(x => x.Transcript.Id.Length);
        _list.Source = new PaneRows(rows.Select(r => r.Format(idWidth)).ToList());
        if (keep is int k && k < rows.Count) _list.SelectedItem = k;
    }
}
