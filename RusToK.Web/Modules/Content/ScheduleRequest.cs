using System.ComponentModel.DataAnnotations;

namespace RusToK.Web.Modules.Content;

/// <summary>When to publish (UTC unless the value carries an offset); must lie in the future.</summary>
public sealed record ScheduleRequest([property: Required] DateTime? PublishAt);
