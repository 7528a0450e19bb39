namespace RusToK.Domain.Modules.Content.Revisions;

/// <summary>Two aligned columns of lines; a line missing on one side is null there.</summary>
public sealed record SideBySideDiff(IReadOnlyList<DiffLine> Before, IReadOnlyList<DiffLine> After)
{
    public bool HasChanges => Before.Concat(After).Any(l => l.Change != DiffChange.Unchanged);
}
