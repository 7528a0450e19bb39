using System.ComponentModel.DataAnnotations;

namespace RusToK.Web.Kernel.Api;

public sealed record PermissionsRequest([property: Required, MaxLength(200)] IReadOnlyList<string> Permissions);
