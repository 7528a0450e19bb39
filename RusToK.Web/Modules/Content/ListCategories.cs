using Microsoft.AspNetCore.Mvc;

namespace RusToK.Web.Modules.Content;

/// <summary>The tree with counts of published items, or of every item with <c>all</c> (needs content.items.edit).</summary>
public sealed record ListCategories([FromQuery] bool? All);
