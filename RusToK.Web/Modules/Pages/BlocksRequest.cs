using System.ComponentModel.DataAnnotations;
using RusToK.Domain.Modules.Pages.Blocks;

namespace RusToK.Web.Modules.Pages;

/// <summary>A page's blocks in order; the list replaces what the page had.</summary>
public sealed record BlocksRequest([property: Required] IReadOnlyList<BlockInput>? Blocks);
