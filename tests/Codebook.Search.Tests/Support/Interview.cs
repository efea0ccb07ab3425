using Codebook.Core.Model;

namespace Codebook.Search.Tests.Support;

/// <summary>Builds a transcript from "SPEAKER: words" turns separated by blank lines, with its turns' spans,
/// the way the transcript reader would. ENQ and ENT are interviewers.</summary>
internal static class Interview
{
    public static Transcript Of(string id, string language, string caseId, params string[] turns)
    {
        var transcript = new Transcript { Id = id, Language = language, CaseId = caseId, Text = string.Join("\n\n", turns) };
        int at = 0;
        foreach (var (text, index) in turns.Select((t, i) => (t, i)))
        {
            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            var speaker = text[..colon];
            transcript.Turns.Add(new Turn
            {
                Index = index,
                Speaker = speaker,
                Role = speaker is "ENQ" or "ENT" ? SpeakerRole.Interviewer : SpeakerRole.Participant,
                Label = new TextSpan(at, at + colon + 2),
                Words = new TextSpan(at + colon + 2, at + text.Length),
                Line = 1 + 2 * index,
                EndLine = 1 + 2 * index,
            });
            at += text.Length + 2;
        }
        return transcript;
    }
}
