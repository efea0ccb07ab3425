using Codebook.Core.Model;
using Codebook.Core.Text;
using Codebook.Formats.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Codebook.Formats.Transcripts;

/// <summary>Finds the <c>---</c> ... <c>---</c> block at the top of a transcript and reads its YAML.</summary>
internal static class FrontMatterParser
{
    private const string Hint = "fix the front matter between the --- lines (key: value, one per line), or remove it";

    /// <summary>Splits off front matter at the top of <paramref name="text"/>; returns the text after it.</summary>
    public static string Split(string file, string text, out FrontMatter frontMatter)
    {
        frontMatter = new FrontMatter();
        int firstEnd = text.IndexOf('\n');
        if (firstEnd < 0 || !IsFence(text[..firstEnd])) return text;
        for (int start = firstEnd + 1; start <= text.Length;)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (text[start..end].TrimEnd() is "---" or "...")
            {
                frontMatter = Parse(file, text[(firstEnd + 1)..start], firstLine: 2);
                return end == text.Length ? "" : text[(end + 1)..];
            }
            start = end + 1;
        }
        throw TranscriptError.Bad(file, "the front matter that starts with --- on line 1 is never closed", "end it with a line of ---", 1);
    }

    public static bool IsFence(string line) => line.TrimEnd() == "---";

    /// <summary>Reads YAML that starts on file line <paramref name="firstLine"/>, so errors point into the file.</summary>
    public static FrontMatter Parse(string file, string yaml, int firstLine)
    {
        YamlStream stream;
        try
        {
            stream = YamlLoader.Load(yaml);
        }
        catch (YamlException e)
        {
            int line = firstLine + (int)Math.Max(0, e.Start.Line - 1);
            throw TranscriptError.Bad(file, $"the front matter is not valid YAML: {e.Message}", Hint, line, e);
        }
        var result = new FrontMatter();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return result;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw TranscriptError.Bad(file, "the front matter is not a list of key: value lines", Hint, firstLine);

        foreach (var (keyNode, value) in root.Children)
            Apply(file, result, Scalar(keyNode)?.Trim() ?? "", value, firstLine);
        return result;
    }

    private static void Apply(string file, FrontMatter result, string key, YamlNode value, int firstLine)
    {
        switch (key.ToLowerInvariant())
        {
            case "id": result.Id = Text(value); break;
            case "title": result.Title = Text(value); break;
            case "language" or "lang": result.Language = Text(value); break;
            case "date": result.Date = Text(value); break;
            case "media": result.Media = Text(value); break;
            case "interviewer" or "interviewers": result.Interviewers.AddRange(Labels(value)); break;
            case "speakers": AddSpeakers(file, result, value, firstLine); break;
            case "attributes": AddAttributes(file, result, value, firstLine); break;
            case "case": ApplyCase(file, result, value, firstLine); break;
            default:
                if (Text(value) is { } scalar) result.Attributes[key] = scalar;
                break;
        }
    }

    private static void ApplyCase(string file, FrontMatter result, YamlNode value, int firstLine)
    {
        if (value is not YamlMappingNode map)
        {
            result.CaseId = Text(value);
            return;
        }
        foreach (var (keyNode, item) in map.Children)
        {
            switch (Scalar(keyNode)?.Trim().ToLowerInvariant())
            {
                case "id": result.CaseId = Text(item); break;
                case "name": result.CaseName = Text(item); break;
                case "attributes": AddAttributes(file, result, item, firstLine); break;
                case { } other when Text(item) is { } scalar: result.Attributes[other] = scalar; break;
            }
        }
    }

    /// <summary><c>speakers:</c> as a list of labels, or as a map of label: role (interviewer, participant, other).</summary>
    private static void AddSpeakers(string file, FrontMatter result, YamlNode value, int firstLine)
    {
        if (value is not YamlMappingNode map)
        {
            result.Speakers.AddRange(Labels(value));
            return;
        }
        foreach (var (keyNode, item) in map.Children)
        {
            if (Scalar(keyNode)?.Trim() is not { Length: > 0 } name) continue;
            result.Speakers.Add(name);
            if (Text(item) is not { } role) continue;
            var parsed = RoleOf(role)
                ?? throw TranscriptError.Bad(file, $"'{role}' is not a speaker role (speaker '{name}')",
                    "give each speaker one of interviewer, participant or other", firstLine + (int)Math.Max(0, item.Start.Line - 1));
            result.SpeakerRoles.Add((name, parsed));
        }
    }

    /// <summary>The role a front matter names, in English, French or Spanish.</summary>
    private static SpeakerRole? RoleOf(string role) => Folding.RemoveAccents(role).Trim().ToLowerInvariant() switch
    {
        "interviewer" or "enqueteur" or "enquetrice" or "intervieweur" or "intervieweuse" or "entrevistador" or "entrevistadora" => SpeakerRole.Interviewer,
        "participant" or "participante" or "interviewee" or "enquete" or "enquetee" or "entrevistado" or "entrevistada" => SpeakerRole.Participant,
        "other" or "autre" or "otro" or "otra" => SpeakerRole.Other,
        _ => null,
    };

    private static void AddAttributes(string file, FrontMatter result, YamlNode value, int firstLine)
    {
        if (value is YamlScalarNode { Value: null or "" }) return;
        if (value is not YamlMappingNode map)
            throw TranscriptError.Bad(file, "'attributes' must be a map of name: value", Hint, firstLine + (int)Math.Max(0, value.Start.Line - 1));
        foreach (var (keyNode, item) in map.Children)
            if (Scalar(keyNode)?.Trim() is { Length: > 0 } name && Text(item) is { } scalar) result.Attributes[name] = scalar;
    }

    private static IEnumerable<string> Labels(YamlNode value) => value switch
    {
        YamlSequenceNode list => list.Children.Select(Text).OfType<string>(),
        _ => Text(value) is { } one ? [one] : [],
    };

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;

    /// <summary>A non-empty scalar, trimmed; null for lists, maps and empty values.</summary>
    private static string? Text(YamlNode node) => Scalar(node)?.Trim() is { Length: > 0 } text ? text : null;
}
