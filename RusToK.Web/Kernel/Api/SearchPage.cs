using Microsoft.AspNetCore.Mvc;

namespace RusToK.Web.Kernel.Api;

/// <summary>A name or address to look for (<c>?search=acme</c>) and the page.</summary>
public sealed record SearchPage([FromQuery] string? Search, [FromQuery] int? Page, [FromQuery] int? PageSize) : IPagedInput;
