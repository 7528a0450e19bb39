using Microsoft.AspNetCore.Mvc;
using RusToK.Domain.Modules.Commerce.Catalog;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Modules.Commerce.Catalog;

/// <summary>The staff's list: <c>?search=ethiopia&amp;status=Active&amp;page=2</c> (search matches names and SKUs, its first 100 characters).</summary>
public sealed record ListProducts(
    [FromQuery] string? Search,
    [FromQuery] ProductStatus? Status,
    [FromQuery] int? Page,
    [FromQuery] int? PageSize) : IPagedInput;
