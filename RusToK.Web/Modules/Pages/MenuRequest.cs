using System.ComponentModel.DataAnnotations;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Web.Modules.Pages;

/// <summary>The whole menu as a tree of links (two levels); it replaces what the menu had.</summary>
public sealed record MenuRequest([property: Required] IReadOnlyList<SiteLink>? Items);
