using Codebook.Core.Model;

namespace Codebook.Formats.Tests.Codebooks;

/// <summary>
/// Builds a random but well-formed codebook from a seed: a tree up to six heading levels deep, texts made of words
/// that mean something in Markdown or in the codebook format, in the tidy form the reader returns.
/// </summary>
internal sealed class RandomCodebook(int seed)
{
    private static readonly string[] Words =
    [
        "chiffres", "cifras", "presión", "l’école", "œuvre", "¿qué?", "«", "»", "Include:", "label-fr:", "Note:", "Status:",
        "#", "##", "#x", "-", "+", "1.", "2)", ">", "*", "**", "_", "`", "```", "~~~", "\\", "{", "}", "{#x}", "{#x",
        "[a]", "[a]:", "(b)", "<b>", "<!--", "&amp;", "&", "!", "---", "===", "|", ":", ",", "a,b", "https://example.org",
        "\"dit\"", "'", "é", "ñ", "%", "$", "^", "=", "x=y",
    ];

    private static readonly string[] KeyPool = [.. "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éñ".Select(c => c.ToString())];

    private readonly Random random = new(seed);

    public List<Theme> Themes()
    {
        var themes = new List<Theme>();
        var path = new List<Theme>();
        var childCounts = new Dictionary<string, int>();
        var keys = new Queue<string>(KeyPool.OrderBy(_ => random.Next()));
        var count = random.Next(0, 16);
        for (var i = 0; i < count; i++)
        {
            // Going back up any number of levels, or one level down, keeps the list in document order;
            // five open levels (## to ######) is as deep as headings go.
            var keep = Math.Min(random.Next(0, path.Count + 1), 4);
            path.RemoveRange(keep, path.Count - keep);
            var parent = path.LastOrDefault();
            var parentKey = parent?.Id ?? "";
            childCounts[parentKey] = childCounts.GetValueOrDefault(parentKey) + 1;
            var theme = Theme($"{Pick(["resistance", "loss-of-meaning", "t", "a1", "x-y-z"])}-{i}", parent?.Id, childCounts[parentKey] - 1,
                random.Next(3) == 0 && keys.Count > 0 ? keys.Dequeue() : null);
            themes.Add(theme);
            path.Add(theme);
        }

        return themes;
    }

    public string? Title() => random.Next(2) == 0 ? null : Line();

    private Theme Theme(string id, string? parentId, int order, string? key)
    {
        var theme = new Theme
        {
            Id = id,
            Label = Line(),
            ParentId = parentId,
            Order = order,
            Key = key,
            Color = random.Next(2) == 0 ? null : $"#{random.Next(0x1000000):X6}",
            Definition = random.Next(4) == 0 ? "" : Text(),
            Include = List(Text),
            Exclude = List(Text),
            Examples = List(Text),
            Status = (ReviewStatus)random.Next(3),
        };
        foreach (var language in new[] { "fr", "es", "en" }.Where(_ => random.Next(2) == 0))
        {
            theme.Labels[language] = Line();
        }

        foreach (var language in new[] { "fr", "es" }.Where(_ => random.Next(3) > 0))
        {
            theme.SearchHints[language] = List(Line, minimum: 1);
        }

        return theme;
    }

    private List<string> List(Func<string> item, int minimum = 0) =>
        [.. Enumerable.Range(0, random.Next(minimum, 4)).Select(_ => item())];

    private string Text() => string.Join("\n\n", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Paragraph()));

    private string Paragraph() => string.Join('\n', Enumerable.Range(0, random.Next(1, 3)).Select(_ => Line()));

    private string Line() => string.Join(' ', Enumerable.Range(0, random.Next(1, 7)).Select(_ => Pick(Words)));

    private string Pick(string[] choices) => choices[random.Next(choices.Length)];
}
