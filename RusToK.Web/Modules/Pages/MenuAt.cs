using Microsoft.AspNetCore.Mvc;
using RusToK.Domain.Modules.Pages.Menus;

namespace RusToK.Web.Modules.Pages;

/// <summary>Which menu: <c>/menus/Header</c> or <c>/menus/Footer</c>.</summary>
public sealed record MenuAt([FromRoute] MenuLocation Location);
