namespace RusToK.Domain.Capabilities.Search;

/// <summary>
/// A module's contribution to search, one per entity type (registered by the module): the document of one entity,
/// read in the current tenant's scope, and every entity's id for a rebuild. The capability knows no module.
/// </summary>
public interface ISearchDocumentSource
{
    /// <summary>The <see cref="Kernel.Entities.EntityRef.Type"/> of the entities it describes.</summary>
    string EntityType { get; }

    /// <summary>The entity's document, or null when it should not be in the index (deleted, or never searchable).</summary>
    Task<SearchDocument?> DocumentAsync(Guid id, CancellationToken ct);

    /// <summary>The id of every entity of the type in the current tenant, for a rebuild (which queues them all).</summary>
    IAsyncEnumerable<Guid> IdsAsync(CancellationToken ct);

    /// <summary>
    /// What readers call the facet values of this source's documents (the type <c>post</c> is "Posts", in English for
    /// the UI to translate; a category slug is the category's name). Values that are not its own are left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> NamesAsync(string facet, IReadOnlyCollection<string> values, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    /// <summary>Where an editor changes the entity in the admin (the admin's global search opens it), or null when nowhere.</summary>
    string? EditorPath(Guid id) => null;
}
