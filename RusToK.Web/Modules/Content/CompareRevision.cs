using Microsoft.AspNetCore.Mvc;

namespace RusToK.Web.Modules.Content;

/// <summary>A revision to compare against another (<c>?against=n</c>) or, without one, against the current body.</summary>
public sealed record CompareRevision([FromRoute] Guid Id, [FromRoute] int Number, [FromQuery] int? Against);
