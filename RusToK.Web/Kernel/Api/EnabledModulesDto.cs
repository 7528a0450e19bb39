namespace RusToK.Web.Kernel.Api;

/// <summary>The modules an enable switched on: the one asked for and what it depends on that was off.</summary>
public sealed record EnabledModulesDto(IReadOnlyList<string> Enabled);
