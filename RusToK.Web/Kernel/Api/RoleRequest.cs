using System.ComponentModel.DataAnnotations;

namespace RusToK.Web.Kernel.Api;

public sealed record RoleRequest([property: Required, MaxLength(64)] string Name, [property: MaxLength(200)] IReadOnlyList<string>? Permissions);
