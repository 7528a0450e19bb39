namespace RusToK.Domain.Kernel.Text;

/// <summary>How the editor wrote the body; both are rendered to sanitized HTML on save.</summary>
public enum BodyFormat
{
    Markdown = 0,
    Html = 1,
}
