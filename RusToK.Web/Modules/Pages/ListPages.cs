using Microsoft.AspNetCore.Mvc;

namespace RusToK.Web.Modules.Pages;

/// <summary>The published tree, or every page with <c>all</c> (needs pages.manage).</summary>
public sealed record ListPages([FromQuery] bool? All);
