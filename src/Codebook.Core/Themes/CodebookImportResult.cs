namespace Codebook.Core.Themes;

public sealed record CodebookImportResult(int Added, int Updated);
