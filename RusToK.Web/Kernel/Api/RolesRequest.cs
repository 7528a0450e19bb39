using System.ComponentModel.DataAnnotations;

namespace RusToK.Web.Kernel.Api;

public sealed record RolesRequest([property: Required, MaxLength(20)] IReadOnlyList<string> Roles);
