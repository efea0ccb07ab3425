using Codebook.Core.Tables;

namespace Codebook.Core.Ports;

/// <summary>Writes a result table to a file, in the format the file's name says (Markdown for .md, CSV otherwise).</summary>
public interface ITableWriter
{
    void Write(string path, ResultTable table);
}
