namespace RusToK.Domain.Modules.Content.Revisions;

public enum DiffChange
{
    Unchanged,
    Inserted,
    Deleted,
    Modified,
    Imaginary,
}
