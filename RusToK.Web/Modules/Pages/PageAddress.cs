using Microsoft.AspNetCore.Mvc;

namespace RusToK.Web.Modules.Pages;

/// <summary>A published page's address (<c>?path=about/team</c>).</summary>
public sealed record PageAddress([FromQuery] string Path);
