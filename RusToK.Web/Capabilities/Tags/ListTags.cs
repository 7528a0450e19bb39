using Microsoft.AspNetCore.Mvc;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Capabilities.Tags;

/// <summary>Tags by name (<c>?search=cof</c>), on published items only unless <c>all</c> (needs tags.manage), a page at a time.</summary>
public sealed record ListTags([FromQuery] string? Search, [FromQuery] bool? All, [FromQuery] int? Page, [FromQuery] int? PageSize) : IPagedInput;
