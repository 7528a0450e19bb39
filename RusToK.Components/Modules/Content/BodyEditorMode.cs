namespace RusToK.Components.Modules.Content;

/// <summary>How the body is written: visually (saved as HTML), as Markdown source, or as HTML source.</summary>
public enum BodyEditorMode
{
    Visual,
    Markdown,
    Html,
}
