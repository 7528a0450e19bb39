namespace RusToK.Domain.Modules.Content;

/// <summary>The content types the built-in modules use; others may add their own names.</summary>
public static class ContentTypes
{
    public const string Article = "article";
    public const string Post = "post";
    public const string Page = "page";

    public const int MaxLength = 20;

    /// <summary>The <see cref="Kernel.Entities.EntityRef"/> type name under which capabilities see content items.</summary>
    public const string EntityType = "content";
}
