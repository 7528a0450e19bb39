using Microsoft.AspNetCore.Mvc;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Capabilities.Activity;

/// <summary>The feed, newest first (<c>?module=content</c>, <c>?person={id}</c>), a page at a time.</summary>
public sealed record ListActivity([FromQuery] string? Module, [FromQuery] Guid? Person, [FromQuery] int? Page, [FromQuery] int? PageSize) : IPagedInput;
