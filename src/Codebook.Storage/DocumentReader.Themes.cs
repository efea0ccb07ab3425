using Codebook.Core.Model;
using LiteDB;

namespace Codebook.Storage;

internal static partial class DocumentReader
{
    public static Theme ToTheme(BsonDocument document)
    {
        var theme = new Theme();
        foreach (var (name, value) in document)
        {
            switch (name)
            {
                case "_id": theme.Id = Text(value)!; break;
                case nameof(Theme.Label): theme.Label = Text(value)!; break;
                case nameof(Theme.Labels): theme.Labels = Dictionary(value)!; break;
                case nameof(Theme.ParentId): theme.ParentId = Text(value); break;
                case nameof(Theme.Color): theme.Color = Text(value); break;
                case nameof(Theme.Key): theme.Key = Text(value); break;
                case nameof(Theme.Definition): theme.Definition = Text(value)!; break;
                case nameof(Theme.Include): theme.Include = Texts(value)!; break;
                case nameof(Theme.Exclude): theme.Exclude = Texts(value)!; break;
                case nameof(Theme.Examples): theme.Examples = Texts(value)!; break;
                case nameof(Theme.SearchHints): theme.SearchHints = Hints(value)!; break;
                case nameof(Theme.Status): theme.Status = (ReviewStatus)Enum(typeof(ReviewStatus), value); break;
                case nameof(Theme.Order): theme.Order = value.AsInt32; break;
                case nameof(Theme.MergedFrom): theme.MergedFrom = Texts(value)!; break;
                case nameof(Theme.SplitFrom): theme.SplitFrom = Text(value); break;
                case nameof(Theme.Exchange): theme.Exchange = value.IsNull ? null : ToExchangeCode(value.AsDocument); break;
                case nameof(Theme.Reviews): theme.Reviews = value.IsNull ? null! : value.AsArray.Select(r => ToReview(r.AsDocument)).ToList(); break;
            }
        }
        return theme;
    }

    private static Dictionary<string, List<string>>? Hints(BsonValue value)
    {
        if (value.IsNull) return null;
        var hints = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (language, words) in value.AsDocument) hints.Add(language, Texts(words)!);
        return hints;
    }

    private static ExchangeCode ToExchangeCode(BsonDocument document)
    {
        var code = new ExchangeCode();
        foreach (var (name, value) in document)
        {
            switch (name)
            {
                case nameof(ExchangeCode.Guid): code.Guid = Text(value)!; break;
                case nameof(ExchangeCode.Name): code.Name = Text(value)!; break;
                case nameof(ExchangeCode.Description): code.Description = Text(value); break;
            }
        }
        return code;
    }

    private static ThemeReview ToReview(BsonDocument document)
    {
        var review = new ThemeReview();
        foreach (var (name, value) in document)
        {
            switch (name)
            {
                case nameof(ThemeReview.Status): review.Status = (ReviewStatus)Enum(typeof(ReviewStatus), value); break;
                case nameof(ThemeReview.Comment): review.Comment = Text(value); break;
                case nameof(ThemeReview.Coder): review.Coder = Text(value)!; break;
                case nameof(ThemeReview.At): review.At = value.AsDateTime; break;
            }
        }
        return review;
    }
}
