namespace RusToK.Components.Modules.Content;

/// <summary>What the content list can do to several selected items at once.</summary>
public enum BulkAction
{
    Publish,
    Unpublish,
    Archive,
    Delete,
}
