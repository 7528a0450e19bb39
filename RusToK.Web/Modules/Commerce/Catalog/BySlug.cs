using Microsoft.AspNetCore.Mvc;

namespace RusToK.Web.Modules.Commerce.Catalog;

public sealed record BySlug([FromRoute] string Slug);
