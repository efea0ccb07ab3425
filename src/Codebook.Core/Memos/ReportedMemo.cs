using Codebook.Core.Model;
using Codebook.Core.Quotes;

namespace Codebook.Core.Memos;

/// <summary>A memo as a memo report writes it: what it is on and its text pseudonymised, its author and date, and for
/// a memo on a coding the quote it is about (pseudonymised by the quote export's rules).</summary>
/// <param name="On">What the memo is on, for a reader: "Project journal", "transcript fr01-nadia", "coding c7k2m9qxa
/// (resistance) in fr01-nadia", "framework cell nadia × resistance".</param>
public sealed record ReportedMemo(Memo Memo, string On, string Text, ExportedQuote? Quote)
{
    public string Author => Memo.Author;

    public DateTime At => Memo.CreatedAt;
}
