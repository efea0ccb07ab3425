namespace Codebook.Tui.Keys;

public static class Handling
{
    /// <summary>A command's implementation that runs <paramref name="run"/> and says the key was handled, whatever
    /// happened (a list already at its end), so the key goes no further (to move the focus, or to quit on Esc).</summary>
    public static Func<bool?> Always(Action run) => () =>
    {
        run();
        return true;
    };
}
