using RusToK.Domain.Kernel.Entities;

namespace RusToK.Domain.Capabilities.Search;

/// <summary>
/// What a module says about one of its entities for search: the words to find it by, the facets to narrow by, and
/// where a reader opens it. <see cref="IsPublic"/> is false for what only its editors may find (a draft); its editors
/// are those holding <see cref="EditorPermission"/>, who find it whatever its state (the admin's search).
/// </summary>
public sealed record SearchDocument(
    EntityRef Entity,
    string Type,
    string Language,
    string Title,
    string Text,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Categories,
    string Url,
    bool IsPublic,
    DateTime? PublishedAt,
    DateTime UpdatedAt,
    string? EditorPermission = null);
