using Microsoft.AspNetCore.Mvc;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Capabilities.Notifications;

/// <summary>The caller's inbox, newest first, a page at a time.</summary>
public sealed record ListNotifications([FromQuery] int? Page, [FromQuery] int? PageSize) : IPagedInput;
