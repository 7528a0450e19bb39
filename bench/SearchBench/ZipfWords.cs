namespace SearchBench;

/// <summary>
/// Draws words as natural text uses them (Zipf: the r-th most common word comes up about 1/r as often), so a query
/// word is in some documents and not in most; drawn evenly, each of a few hundred words would be in ~70 % of the texts.
/// </summary>
internal sealed class ZipfWords
{
    private readonly string[] _words;
    private readonly double[] _cumulative;

    public ZipfWords(string[] words, Random random)
    {
        // Which word is common is decided by the seed, not by the order of the list.
        _words = words.OrderBy(_ => random.Next()).ToArray();
        _cumulative = new double[_words.Length];
        var sum = 0.0;
        for (var r = 0; r < _words.Length; r++) _cumulative[r] = sum += 1.0 / (r + 1);
    }

    public string Next(Random random)
    {
        var at = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
        return _words[at < 0 ? ~at : at];
    }
}
