using System.ComponentModel.DataAnnotations;
using RusToK.Domain.Capabilities.Tags;

namespace RusToK.Web.Capabilities.Tags;

public sealed record RenameTagRequest([property: Required, MaxLength(Tag.MaxNameLength)] string Name);
