namespace RusToK.Domain.Modules.Content;

/// <summary>A month that has published items, for "archive by month" lists.</summary>
public sealed record ArchiveMonth(int Year, int Month, int Count);
