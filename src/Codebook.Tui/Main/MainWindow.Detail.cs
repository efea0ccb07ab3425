using Codebook.Core.Model;
using Codebook.Tui.Detail;
using Codebook.Tui.Keys;
using Codebook.Tui.Reader;
using Codebook.Tui.Resources;
using Codebook.Tui.Themes;

namespace Codebook.Tui.Main;

public sealed partial class MainWindow
{
    private const char Stripe = TranscriptReader.Stripe;

    /// <summary>After each move: the keys that matter now in the status line, and in the detail pane where the cursor
    /// is (turn, speaker, line, selection) and the codings there with their memos.</summary>
    private void ShowWhereTheCursorIs()
    {
        Status.Show(KeysNow());
        if (Reader.Transcript is not { } transcript) return;
        var lines = new List<DetailLine>();
        var turn = TextMotions.TurnAt(transcript, Reader.Offset);
        var line = transcript.FileLine(Reader.LineAt(Reader.Offset));
        var where = turn is null ? Names.Format(Strings.WhereLine, line)
            : Names.Format(Strings.WhereTurn, turn.Index + 1, turn.Speaker ?? Strings.NoSpeaker, Names.Role(turn.Role), line);
        if (Reader.Selection is { } s) where += Names.Format(Strings.WhereSelected, s, Names.Count(s.Length, Strings.CharactersOne, Strings.CharactersMany));
        lines.Add(new DetailLine(where));
        _codingMemos ??= _session.Store.Memos().Where(m => m.Target == MemoTarget.Coding).ToLookup(m => m.TargetId);
        foreach (var coding in Reader.Codings.At(Reader.Offset))
        {
            var theme = _tree.Find(coding.ThemeId);
            lines.Add(new DetailLine($"{Stripe} {(theme is null ? coding.ThemeId : ThemeLabel.Of(theme))} — {coding.Coder} ({coding.Id}, {coding.Span})", ThemeColors.Of(theme), Bold: true));
            if (coding.Memo is { } memo) lines.Add(new DetailLine(Names.Format(Strings.MemoLine, memo)));
            foreach (var m in _codingMemos[coding.Id]) lines.Add(new DetailLine(Names.Format(Strings.MemoByLine, m.Author, m.Text)));
        }
        Detail.Show(lines);
    }

    /// <summary>The keys that matter in the state the window is in: the open panel's, or the reader's.</summary>
    private string KeysNow() => Panels.FirstOrDefault(p => p.Visible) is { } panel
        ? panel.KeysLine
        : KeyMap.ReaderLine(Reader.AwaitingThemeKey, Reader.Selection is not null);
}
