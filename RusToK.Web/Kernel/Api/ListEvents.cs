using Microsoft.AspNetCore.Mvc;
using RusToK.Domain.Kernel.Events;

namespace RusToK.Web.Kernel.Api;

/// <summary>The outbox filtered by state (<c>?state=DeadLettered</c>), a page at a time.</summary>
public sealed record ListEvents([FromQuery] OutboxState? State, [FromQuery] int? Page, [FromQuery] int? PageSize) : IPagedInput;
