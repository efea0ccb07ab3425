namespace Codebook.Formats.Refi;

/// <summary>Which <c>creatingUser</c> of a REFI-QDA file names a coding's coder: the selection's (who marked the
/// passage) or the coding's (who applied the code). They differ in files where every coding names whoever exported
/// the file (NVivo 12).</summary>
public enum CoderFrom
{
    Selection,
    Coding,
}
