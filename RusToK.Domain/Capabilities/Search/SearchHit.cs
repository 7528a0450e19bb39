using RusToK.Domain.Kernel.Entities;

namespace RusToK.Domain.Capabilities.Search;

/// <summary>One found document: what a results list shows, with a snippet whose matched words are marked.</summary>
public sealed record SearchHit(EntityRef Entity, string Type, string Language, string Title, string Url, string SnippetHtml, DateTime? PublishedAt, float Score);
