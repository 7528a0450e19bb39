using Microsoft.AspNetCore.Authorization;

namespace RusToK.Web.Kernel.Auth;

/// <summary>Requires one permission string, such as <c>announcements.manage</c>.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
