using System.Collections;
using System.Collections.ObjectModel;
using System.Collections.Specialized;
using Codebook.Tui.Text;
using Terminal.Gui.Views;

namespace Codebook.Tui.Panels;

/// <summary>The rows of a pane's list, drawn straight into the screen's cells (<see cref="ScreenCells"/>) when a row
/// is one-cell text that fits and the list is not scrolled sideways; otherwise as Terminal.Gui's own list source
/// draws it, which everything else is left to as well.</summary>
public sealed class PaneRows(IReadOnlyList<string> rows) : IListDataSource
{
    private readonly ListWrapper<string> _wrapper = new(new ObservableCollection<string>(rows));

    public int Count => _wrapper.Count;

    public int MaxItemLength => _wrapper.MaxItemLength;

    public bool SuspendCollectionChangedEvent
    {
        get => _wrapper.SuspendCollectionChangedEvent;
        set => _wrapper.SuspendCollectionChangedEvent = value;
    }

    public event NotifyCollectionChangedEventHandler CollectionChanged
    {
        add => _wrapper.CollectionChanged += value;
        remove => _wrapper.CollectionChanged -= value;
    }

    public bool IsMarked(int item) => _wrapper.IsMarked(item);

    public void SetMark(int item, bool value) => _wrapper.SetMark(item, value);

    public IList ToList() => _wrapper.ToList();

    public void Render(ListView listView, bool selected, int item, int col, int row, int width, int viewportX = 0)
    {
        var text = rows[item];
        if (viewportX != 0 || text.Length > width || listView.App?.Driver is not { } driver || !text.All(ScreenCells.OneCell))
        {
            _wrapper.Render(listView, selected, item, col, row, width, viewportX);
            return;
        }
        // In the row's attribute, which the list has just set; padded to the width, as the list's own source does.
        var attribute = driver.CurrentAttribute;
        ScreenCells.Draw(listView, col, row, text, 0, text.Length, attribute);
        ScreenCells.Blank(listView, col + text.Length, row, width - text.Length, attribute);
    }

    public void Dispose() => _wrapper.Dispose();
}
