namespace Codebook.Core.Pseudonyms;

/// <summary>A capitalised name found in a project that the pseudonym table does not replace yet.</summary>
/// <param name="Places">Where it was found: "speaker label in fr01", "title of fr01", "case fr01-nadia", ….</param>
public sealed record PseudonymSuggestion(string Name, IReadOnlyList<string> Places);
