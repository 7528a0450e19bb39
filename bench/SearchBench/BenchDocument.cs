namespace SearchBench;

/// <summary>One generated row, as both engines receive it.</summary>
internal sealed record BenchDocument(int Id, Guid Tenant, string Language, string Title, string Text, string[] Tags);
