using Microsoft.AspNetCore.Mvc;

namespace RusToK.Web.Modules.Content;

/// <summary>One published revision of an item: <c>/content/{id}/revisions/{number}</c>.</summary>
public sealed record RevisionNumber([FromRoute] Guid Id, [FromRoute] int Number);
