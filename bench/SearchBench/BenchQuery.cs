namespace SearchBench;

/// <summary>One query of the mix: the words Lucene is asked (a typo in some) and the correctly spelled words LIKE gets, as it cannot match a typo.</summary>
internal sealed record BenchQuery(Guid Tenant, string LuceneText, string[] LikeWords);
