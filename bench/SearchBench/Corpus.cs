using System.Text;

namespace SearchBench;

/// <summary>The seeded corpus and query mix: the same seed gives the same rows and queries on every run.</summary>
internal static class Corpus
{
    public static Guid[] Tenants(int count) => Enumerable.Range(1, count).Select(i => new Guid(i, 0xbe, 0x5c, new byte[8])).ToArray();

    public static IEnumerable<BenchDocument> Documents(int count, Guid[] tenants, int seed)
    {
        var random = new Random(seed);
        var english = new ZipfWords(Vocabulary.English, random);
        var russian = new ZipfWords(Vocabulary.Russian, random);
        for (var id = 1; id <= count; id++)
        {
            var language = random.NextDouble() < 0.7 ? "en" : "ru";
            var words = language == "en" ? english : russian;
            var title = Sentence(random, words, random.Next(4, 11));
            var text = Sentence(random, words, random.Next(150, 601));
            var tags = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Vocabulary.Tags[random.Next(Vocabulary.Tags.Length)]).Distinct().ToArray();
            yield return new BenchDocument(id, tenants[random.Next(tenants.Length)], language, char.ToUpperInvariant(title[0]) + title[1..], text, tags);
        }
    }

    public static BenchQuery[] Queries(int count, Guid[] tenants, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ =>
        {
            // Query words are drawn evenly from the vocabulary: readers ask for common and rare words alike.
            var words = random.NextDouble() < 0.7 ? Vocabulary.English : Vocabulary.Russian;
            var chosen = Enumerable.Range(0, random.Next(1, 3)).Select(_ => words[random.Next(words.Length)]).Distinct().ToArray();
            // One query in five carries a typo, which Lucene's fuzzy matching forgives; LIKE keeps the correct spelling.
            var asked = chosen.Select((w, i) => i == 0 && w.Length >= 6 && random.NextDouble() < 0.2 ? Typo(random, w) : w);
            return new BenchQuery(tenants[random.Next(tenants.Length)], string.Join(' ', asked), chosen);
        }).ToArray();
    }

    private static string Sentence(Random random, ZipfWords words, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0) text.Append(i % 12 == 0 ? ". " : " ");
            text.Append(words.Next(random));
        }

        return text.Append('.').ToString();
    }

    /// <summary>Swaps two neighbouring letters inside the word, the most common typing slip.</summary>
    private static string Typo(Random random, string word)
    {
        var at = random.Next(1, word.Length - 2);
        return string.Concat(word.AsSpan(0, at), word.AsSpan(at + 1, 1), word.AsSpan(at, 1), word.AsSpan(at + 2));
    }
}
