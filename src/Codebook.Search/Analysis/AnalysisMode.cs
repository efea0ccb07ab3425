namespace Codebook.Search.Analysis;

/// <summary>Writing a passage or reading a query: they differ in one step only. An elided form (<c>l'école</c>) is
/// indexed both whole and as its bare word, so <c>école</c> finds it, but a query for <c>l'école</c> asks for the
/// whole form alone, so it does not find a bare <c>école</c>.</summary>
public enum AnalysisMode
{
    Index,
    Query,
}
