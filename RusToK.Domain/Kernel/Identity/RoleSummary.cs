namespace RusToK.Domain.Kernel.Identity;

/// <summary>A tenant role with the permissions it grants.</summary>
public sealed record RoleSummary(Guid Id, string Name, bool IsBuiltIn, IReadOnlyList<string> Permissions, int UserCount);
