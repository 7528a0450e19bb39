namespace RusToK.Components.Modules.Content;

/// <summary>A category's name and description in one other language, as the dialog edits them.</summary>
public sealed class CategoryTranslationDraft
{
    public string? Name { get; set; }

    public string? Description { get; set; }
}
