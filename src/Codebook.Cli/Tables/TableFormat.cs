namespace Codebook.Cli.Tables;

/// <summary>The formats a result table prints in.</summary>
public enum TableFormat
{
    Table,
    Csv,
    Md,
    Json,
}
