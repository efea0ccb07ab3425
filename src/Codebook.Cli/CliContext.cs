using System.Runtime.CompilerServices;
using Spectre.Console;

namespace Codebook.Cli;

/// <summary>Where a run writes: results to <see cref="Out"/>; progress, warnings and errors to <see cref="Error"/>.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, bool outputIsTerminal = false, bool errorIsTerminal = false)
{
    /// <summary>The process's own streams, as a person or a pipe sees them.</summary>
    public static CliContext ForConsole() =>
        new(System.Console.Out, System.Console.Error, !System.Console.IsOutputRedirected, !System.Console.IsErrorRedirected);

    public TextWriter Out { get; } = output;

    /// <summary>Whether a person is watching the output (so plain <c>codebook</c> can open the UI).</summary>
    public bool OutputIsTerminal { get; } = outputIsTerminal;

    public TextWriter Error { get; } = error;

    /// <summary>Whether tables for a file or pipe are written plainly (<c>Tables/PlainTable</c>) when they can be;
    /// false draws them all with Spectre.Console, as the tests do to compare the two.</summary>
    public bool PlainTables { get; init; } = true;

    // Made on first use, and only by what needs Spectre.Console (a terminal's tables, colours, questions, progress):
    // setting one up costs a command a few hundred first-run methods (docs/PERFORMANCE.md, command-line latency), and
    // the fields are not Lazy<IAnsiConsole> so that making a context does not load Spectre.Console at all.
    private IAnsiConsole? _console;
    private IAnsiConsole? _errorConsole;

    /// <summary>Tables and text for results.</summary>
    public IAnsiConsole Console => _console ??= Create(Out, OutputIsTerminal);

    /// <summary>Progress bars, drawn only when a person watches the error stream.</summary>
    public IAnsiConsole ErrorConsole => _errorConsole ??= Create(Error, ShowsProgress);

    public bool ShowsProgress { get; } = errorIsTerminal;

    /// <summary>Whether the results' Spectre.Console console was made (a file or pipe needs none for a table that
    /// <c>Tables/PlainTable</c> writes; the tests check it).</summary>
    public bool UsedSpectre => _console is not null;

    /// <summary>Whether the results are drawn in colour: a terminal that takes ANSI codes.</summary>
    public bool OutputHasColours => OutputIsTerminal && TakesAnsi();

    /// <summary>Asks a yes/no question (plain text, not markup) when a person is at the terminal; a pipe or a script
    /// gets no.</summary>
    public bool Confirm(string question) =>
        OutputIsTerminal && !System.Console.IsInputRedirected && Ask(question);

    // Apart, and never inlined, so that the callers' code names no Spectre.Console type: compiling them in a pipe
    // loads nothing of it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TakesAnsi() => Console.Profile.Capabilities.Ansi;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Ask(string question) =>
        Console.Profile.Capabilities.Interactive && Console.Confirm(Markup.Escape(question), defaultValue: false);

    private static IAnsiConsole Create(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            // The default enrichers recognise CI services by their environment and would turn colours on in piped
            // output there (GitHub Actions); the settings above already say what the output is, and skipping them
            // spares every command their first-run methods.
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        // Files and pipes get wide tables, one row per line, for grep and diff (Tables/PlainTable lays them out alike).
        if (!terminal) console.Profile.Width = 240;
        return console;
    }
}
