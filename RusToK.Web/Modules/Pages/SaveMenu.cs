using Microsoft.AspNetCore.Mvc;
using RusToK.Domain.Modules.Pages.Menus;

namespace RusToK.Web.Modules.Pages;

/// <summary>The menu named in the address, saved whole from the body's tree of links.</summary>
public sealed record SaveMenu([FromRoute] MenuLocation Location, [FromBody] MenuRequest Input);
