namespace Codebook.Tui.Keys;

public static class ReaderActions
{
    /// <summary>Whether the action moves the cursor (<see cref="ReaderAction.Left"/> to <see cref="ReaderAction.Bottom"/>),
    /// which Shift turns into extending the selection.</summary>
    public static bool IsMove(this ReaderAction action) => action <= ReaderAction.Bottom;
}
