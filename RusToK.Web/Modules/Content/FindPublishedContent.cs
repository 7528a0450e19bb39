using Microsoft.AspNetCore.Mvc;

namespace RusToK.Web.Modules.Content;

/// <summary>A published item by type and address (<c>?type=post&amp;slug=hello</c>), in the site's language unless told.</summary>
public sealed record FindPublishedContent([FromQuery] string Type, [FromQuery] string Slug, [FromQuery] string? Language);
