namespace Codebook.Core.Cases;

/// <summary>A row of a participants' table placed on a case.</summary>
/// <param name="By">What the row's key matched: "case id", "case name", "transcript id" or "file name".</param>
/// <param name="NewCase">Whether the case is created for a transcript that had none.</param>
public sealed record CaseMatch(int Line, string Key, string CaseId, string By, bool NewCase);
