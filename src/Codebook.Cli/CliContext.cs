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

    // Made on first use: the terminal UI never writes through them, and setting one up costs its start-up a few
    // hundred first-run methods (docs/PERFORMANCE.md, start-up).
    private readonly Lazy<IAnsiConsole> _console = new(() => Create(output, outputIsTerminal));
    private readonly Lazy<IAnsiConsole> _errorConsole = new(() => Create(error, errorIsTerminal));

    /// <summary>Tables and text for results.</summary>
    public IAnsiConsole Console => _console.Value;

    /// <summary>Progress bars, drawn only when a person watches the error stream.</summary>
    public IAnsiConsole ErrorConsole => _errorConsole.Value;

    public bool ShowsProgress { get; } = errorIsTerminal;

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
        // Files and pipes get wide tables, one row per line, for grep and diff.
        if (!terminal) console.Profile.Width = 240;
        return console;
    }
}
