using System.ComponentModel.DataAnnotations;

namespace RusToK.Web.Capabilities.Tags;

/// <summary>The tag that absorbs the one in the URL.</summary>
public sealed record MergeTagRequest([property: Required] Guid? TargetId);
