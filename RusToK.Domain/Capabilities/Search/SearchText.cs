using System.Globalization;
using System.Text;

namespace RusToK.Domain.Capabilities.Search;

/// <summary>
/// What a reader typed, reduced to words: letters and digits only, so no query syntax (<c>title:(</c>, quotes, a lone
/// <c>*</c>, a field name) ever reaches an engine, and bounded in count and length.
/// </summary>
public static class SearchText
{
    public const int MaxLength = 200;
    public const int MaxWords = 10;
    public const int MaxWordLength = 40;

    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in (text ?? "").Length > MaxLength ? text![..MaxLength] : text ?? "")
        {
            if (char.IsLetterOrDigit(c)) word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            else Flush();
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0 && words.Count < MaxWords && !words.Contains(word.ToString())) words.Add(word.Length > MaxWordLength ? word.ToString(0, MaxWordLength) : word.ToString());
            word.Clear();
        }
    }
}
