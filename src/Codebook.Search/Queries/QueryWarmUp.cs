using Codebook.Search.Analysis;

namespace Codebook.Search.Queries;

/// <summary>Compiles a query once on another thread, thrown away, while the command opens the project file: the first
/// compilation in a process is almost all first-use work (Lucene's query parser and analyzers, the verb tables), and the
/// project file needs none of it, so on two cores a search's start-up overlaps the two. The search proper then compiles
/// the same query with everything ready. A query that does not parse is left for the search to report.</summary>
public static class QueryWarmUp
{
    /// <returns>The thread, for whoever must wait for it (tests).</returns>
    public static Thread Start(string query)
    {
        var thread = new Thread(() =>
        {
            try
            {
                QueryCompiler.Compile(query, Analyzers.PerField(AnalysisMode.Query));
            }
            catch (Exception)
            {
                // The search proper compiles it again and says what is wrong.
            }
        }) { IsBackground = true, Name = "query warm-up" };
        thread.Start();
        return thread;
    }
}
