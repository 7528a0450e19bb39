using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using RusToK.Components.Kernel.Localization;
using RusToK.Domain.Modules.Content;

namespace RusToK.Web.Modules.Pages;

/// <summary>
/// A published page's address (<c>?path=about/team</c>) and the version wanted (<c>&amp;language=ru</c>; the request's
/// language when left out, the original where the page has no such version).
/// </summary>
public sealed record PageAddress([FromQuery] string Path, [FromQuery][property: MaxLength(ContentItem.MaxLanguageLength)] string? Language = null)
{
    public string LanguageWanted() => Language?.Trim().ToLowerInvariant() is { Length: > 0 } chosen ? chosen : ReaderLanguage.Current;
}
