namespace RusToK.Domain.Kernel.Entities;

/// <summary>
/// Points at any entity of any module by a stable type name and id, so a shared capability (tags, media
/// usage, comments) can attach to it without knowing the module.
/// </summary>
public sealed record EntityRef(string Type, Guid Id)
{
    public const int MaxTypeLength = 40;

    public override string ToString() => $"{Type}:{Id}";
}
