using System.Runtime.CompilerServices;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Infrastructure.Tests.Capabilities.Search;

/// <summary>A module's search source the tests control: notes per tenant, each titled "Note n" with a word of its own.</summary>
public sealed class NoteDocuments(ITenantContext tenant, NoteBook book) : ISearchDocumentSource
{
    public const string Type = "note";

    public string EntityType => Type;

    public Task<SearchDocument?> DocumentAsync(Guid id, CancellationToken ct) =>
        Task.FromResult(book.Notes(tenant.Current!.Id).TryGetValue(id, out var title) ? Document(id, title) : null);

    public async IAsyncEnumerable<Guid> IdsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var id in book.Notes(tenant.Current!.Id).Keys.Order()) yield return id;
        await Task.CompletedTask;
    }

    public static SearchDocument Document(Guid id, string title) =>
        new(new EntityRef(Type, id), Type, "en", title, $"{title} body", [], [], $"notes/{id:N}", true, DateTime.UtcNow, DateTime.UtcNow);
}
