namespace Codebook.Cli.Tables;

/// <summary>The lines drawn around and between a table's cells (Spectre.Console's borders of the same names).</summary>
public enum TableFrame
{
    /// <summary>A box with rounded corners: the analysis tables.</summary>
    Rounded,

    /// <summary>Only a rule under the headers: the listings (transcripts, cases, speakers, log, backups).</summary>
    Simple,
}
