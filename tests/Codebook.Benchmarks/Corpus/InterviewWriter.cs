using System.Text;

namespace Codebook.Benchmarks.Corpus;

/// <summary>Turns novel paragraphs into interviews in the sample study's format: front matter with a case and its
/// attributes, then an interviewer's short questions and a participant's longer answers.</summary>
internal sealed class InterviewWriter(BenchText text)
{
    private static readonly string[] FrenchNames = ["NADIA", "KARIM", "SOPHIE", "MARC", "YASMINA", "THOMAS"];
    private static readonly string[] SpanishNames = ["LUCIA", "DIEGO", "CARMEN", "JAVIER", "ROSA", "PABLO"];
    private static readonly string[] Roles = ["frontline-worker", "manager", "coordinator"];
    private static readonly string[] Territories = ["croissant", "south", "east", "centre"];
    private static readonly string[] AgeBands = ["25-34", "35-44", "45-54", "55-64"];

    private int _french;
    private int _spanish;

    /// <summary>Interview number <paramref name="n"/> of about <paramref name="chars"/> characters.</summary>
    public (string FileName, string Content) Write(int n, string language, int chars)
    {
        var names = language == "fr" ? FrenchNames : SpanishNames;
        string participant = names[n % names.Length];
        string interviewer = language == "fr" ? "ENQ" : "ENTREVISTADORA";
        string id = $"{language}{n:D5}-{participant.ToLowerInvariant()}";
        var body = new StringBuilder(chars + 1024);
        body.Append($"""
            ---
            id: {id}
            title: "{(language == "fr" ? "Entretien" : "Entrevista")} {n} — {participant}"
            language: {language}
            interviewer: {interviewer}
            case: case{n:D5}
            attributes:
              role: {Roles[n % Roles.Length]}
              territory: {Territories[n / 3 % Territories.Length]}
              gender: {(n % 2 == 0 ? "f" : "m")}
              age-band: {AgeBands[n / 2 % AgeBands.Length]}
              year: {2013 + n % 3}
            ---

            """);
        int start = body.Length;
        while (body.Length - start < chars)
        {
            body.Append(interviewer).Append(": ").Append(Question(Next(language))).Append("\n\n");
            body.Append(participant).Append(": ").Append(Next(language));
            for (int more = n % 3; more > 0; more--) body.Append(' ').Append(Next(language));
            body.Append("\n\n");
        }
        return ($"{id}.txt", body.ToString());
    }

    /// <summary>A question is the first sentence of a paragraph, made one.</summary>
    private static string Question(string paragraph)
    {
        int end = paragraph.IndexOfAny(['.', '!', '?', ';'], Math.Min(30, paragraph.Length - 1));
        var sentence = end < 0 || end > 220 ? paragraph[..Math.Min(paragraph.Length, 220)] : paragraph[..end];
        return sentence.TrimEnd() + " ?";
    }

    /// <summary>The next paragraph of the language, round and round the novels.</summary>
    private string Next(string language)
    {
        var paragraphs = text.In(language);
        ref int cursor = ref language == "fr" ? ref _french : ref _spanish;
        var paragraph = paragraphs[cursor];
        cursor = (cursor + 1) % paragraphs.Count;
        return paragraph;
    }
}
