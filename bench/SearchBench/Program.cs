using System.Diagnostics;
using System.Globalization;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;
using RusToK.Infrastructure.Capabilities.Search.Lucene;
using SearchBench;

// Lucene (through the ISearchIndex port) beside MariaDB LIKE '%word%' on the same generated rows, 16 workers each.
// Usage: SearchBench [seconds per engine, default 20] [documents, default 100000]   (needs RUSTOK_TEST_MYSQL, as set by scripts/test-services.sh --print-env)
var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
const int Workers = 16;
const int Seed = 13;
var server = Environment.GetEnvironmentVariable("RUSTOK_TEST_MYSQL") ?? throw new InvalidOperationException("Set RUSTOK_TEST_MYSQL (eval \"$(bash scripts/test-services.sh --print-env)\").");
var tenants = Corpus.Tenants(10);
var queries = Corpus.Queries(200, tenants, Seed + 1);
var published = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
var folder = Path.Combine(Path.GetTempPath(), $"rustok-searchbench-{Guid.NewGuid():N}");

try
{
    LoadResult lucene, like;
    using (var index = new LuceneSearchIndex(folder))
    {
        var clock = Stopwatch.StartNew();
        // One writer per core, as a rebuild may run: Lucene's writer takes documents from several threads at once.
        await Parallel.ForEachAsync(Corpus.Documents(count, tenants, Seed).Chunk(1000), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (batch, ct) =>
            await index.UpsertAsync(batch.Select(d => new SearchEntry(d.Tenant, new SearchDocument(
                new EntityRef("content", new Guid(d.Id, 0, 0, new byte[8])), "post", d.Language, d.Title, d.Text, d.Tags, [], $"blog/p{d.Id}",
                IsPublic: true, published.AddMinutes(d.Id), published.AddMinutes(d.Id)))).ToList(), ct));

        Console.WriteLine($"Lucene: indexed {count:N0} documents in {clock.Elapsed.TotalSeconds:F1} s (batches of 1,000, a commit each, {Environment.ProcessorCount} at a time); index {FolderMegabytes(folder):N0} MB");
        ISearchIndex port = index;
        lucene = await LoadRun.RunAsync("Lucene", async q => (await port.SearchAsync(new SearchQuery(q.Tenant, SearchText.Words(q.LuceneText), PageSize: 10), default)).Hits.Count,
            queries, Workers, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds));
        Console.WriteLine($"Lucene: {lucene.PerSecond:N1} req/s, p95 {lucene.Percentile(95):F2} ms");
    }

    await using (var rows = new MariaDbRows(server))
    {
        var clock = Stopwatch.StartNew();
        await rows.CreateAsync(Corpus.Documents(count, tenants, Seed));
        Console.WriteLine($"MariaDB: inserted {count:N0} rows in {clock.Elapsed.TotalSeconds:F1} s (multi-row INSERTs of 500)");
        like = await LoadRun.RunAsync("MariaDB LIKE", rows.SearchAsync, queries, Workers, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds));
    }

    Console.WriteLine();
    Console.WriteLine($"{Workers} workers, {seconds} s each after 3 s warm-up, {queries.Length} queries over {tenants.Length} tenants");
    Console.WriteLine($"{"engine",-14} {"requests",10} {"req/s",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"with hits",10}");
    foreach (var r in new[] { lucene, like })
    {
        Console.WriteLine($"{r.Name,-14} {r.SortedMs.Length,10:N0} {r.PerSecond,9:N1} {r.Percentile(50),8:F2} {r.Percentile(95),8:F2} {r.Percentile(99),8:F2} {100.0 * r.WithHits / r.SortedMs.Length,9:F0}%");
    }

    Console.WriteLine($"Lucene / LIKE throughput: {lucene.PerSecond / like.PerSecond:F1}x (goal >= 10x); Lucene p95 {lucene.Percentile(95):F2} ms (goal < 20 ms)");
}
finally
{
    if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
}

static double FolderMegabytes(string folder) => new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length) / 1024.0 / 1024.0;
