namespace RusToK.Domain.Modules.Content;

/// <summary>Content's own type names; the modules built on Content define theirs (see <see cref="IContentTypeDefinition"/>).</summary>
public static class ContentTypes
{
    /// <summary>A plain item no module claims, which Content still stores, edits and versions.</summary>
    public const string Article = "article";

    public const int MaxLength = 20;

    /// <summary>The <see cref="Kernel.Entities.EntityRef"/> type name under which capabilities see content items.</summary>
    public const string EntityType = "content";
}
