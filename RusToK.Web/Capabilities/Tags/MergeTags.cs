using Microsoft.AspNetCore.Mvc;

namespace RusToK.Web.Capabilities.Tags;

/// <summary>The tag in the address (<c>sourceId</c> in GraphQL) goes into the body's <c>targetId</c>.</summary>
public sealed record MergeTags([FromRoute(Name = "id")] Guid SourceId, [FromBody] MergeTagRequest Input);
