namespace Codebook.Core.Text;

/// <summary>How many single-character edits turn one word into another (Levenshtein): what "did you mean" needs.</summary>
public static class EditDistance
{
    public static int Between(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var row = new int[b.Length + 1];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                row[j] = Math.Min(Math.Min(row[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            previous = row;
        }
        return previous[b.Length];
    }
}
