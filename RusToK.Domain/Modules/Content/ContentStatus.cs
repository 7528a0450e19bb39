namespace RusToK.Domain.Modules.Content;

/// <summary>Where an item is in its life: only <see cref="Published"/> items are visible to readers.</summary>
public enum ContentStatus
{
    Draft = 0,
    Scheduled = 1,
    Published = 2,
    Archived = 3,
}
