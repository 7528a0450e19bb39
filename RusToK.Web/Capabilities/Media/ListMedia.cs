using Microsoft.AspNetCore.Mvc;
using RusToK.Domain.Capabilities.Media;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Capabilities.Media;

/// <summary>The library filtered by name and kind (<c>?search=cup&amp;kind=Image</c>), a page at a time.</summary>
public sealed record ListMedia([FromQuery] string? Search, [FromQuery] MediaKind? Kind, [FromQuery] int? Page, [FromQuery] int? PageSize) : IPagedInput;
