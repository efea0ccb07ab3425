using Codebook.Tui.Panels;

namespace Codebook.Tui.Main;

public sealed partial class MainWindow
{
    private IEnumerable<Panel> Panels => [Search, Analyses, Review, CodebookDiff, Framework];

    /// <summary>What the panels tell the window: a jump to a passage, a message, a passage to play, and their closing,
    /// which gives the reader the focus and its keys back.</summary>
    private void ListenToPanels()
    {
        Search.Jumped += hit => JumpTo(hit.TranscriptId, hit.Matches.Count > 0 ? hit.Matches[0] : hit.Span);
        Framework.Jumped += JumpTo;
        foreach (var panel in Panels)
        {
            panel.Closed += () =>
            {
                Reader.SetFocus();
                Status.Show(KeysNow());
            };
            panel.Said += message => Status.Show(KeysNow(), message);
            panel.PlayAsked += Listening.PlayPassage;
        }
    }

    /// <summary>Opens a panel: its keys in the status line, and no message, since the last one was about the reader and
    /// on a narrow screen would push the panel's keys (Esc close the last) off the row.</summary>
    private void Opened(Panel panel, Action open)
    {
        open();
        Status.Show(panel.KeysLine, "");
    }
}
