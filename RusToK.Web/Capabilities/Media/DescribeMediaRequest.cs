using System.ComponentModel.DataAnnotations;
using RusToK.Domain.Capabilities.Media;

namespace RusToK.Web.Capabilities.Media;

public sealed record DescribeMediaRequest([property: MaxLength(MediaFile.MaxAltLength)] string? AltText);
