namespace RusToK.Web.Kernel.Api;

public sealed record ModuleDto(string Name, string DisplayName, string Version, string Description, IReadOnlyList<string> DependsOn, bool Enabled, bool IsKernel);
