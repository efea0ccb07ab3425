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
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            CheckDepth(new Parser(scanner));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner fails on some broken input without a YamlException; its position still says where.
            var at = ((IScanner)scanner).CurrentPosition;
            throw new YamlException(at, at, "the YAML cannot be read here", e);
        }
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream;
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
