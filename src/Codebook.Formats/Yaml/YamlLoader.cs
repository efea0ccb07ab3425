using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Codebook.Formats.Yaml;

/// <summary>Loads YAML from a user's file (front matter, codings) so that every way it can fail is a
/// <see cref="YamlException"/> with a position, for the caller to turn into its own error.</summary>
internal static class YamlLoader
{
    /// <summary>Far beyond any front matter or codings file. YamlDotNet's node loader recurses once per level, so
    /// thousands of <c>{</c> or <c>[</c> overflowed the stack and killed the process (found by fuzzing).</summary>
    public const int MaxDepth = 64;

    public static YamlStream Load(string yaml)
    {
        Guarded(yaml, CheckDepth);
        var stream = new YamlStream();
        Guarded(yaml, stream.Load);
        return stream;
    }

    /// <summary>YamlDotNet fails on some broken input without a YamlException (in its scanner, or in its node loader on
    /// events the parser let through); the scanner's position still says where.</summary>
    private static void Guarded(string yaml, Action<IParser> read)
    {
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            read(new Parser(scanner));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            var at = ((IScanner)scanner).CurrentPosition;
            throw new YamlException(at, at, "the YAML cannot be read here", e);
        }
    }

    /// <summary>Reads the events alone (the parser keeps its own stack, it does not recurse) and refuses deep nesting
    /// before the node loader sees it.</summary>
    private static void CheckDepth(IParser parser)
    {
        int depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    throw new YamlException(parser.Current.Start, parser.Current.End, $"the YAML is nested more than {MaxDepth} levels deep");
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
    }
}
