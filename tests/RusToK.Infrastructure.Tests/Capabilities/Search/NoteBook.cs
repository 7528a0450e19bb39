using System.Collections.Concurrent;

namespace RusToK.Infrastructure.Tests.Capabilities.Search;

/// <summary>The notes that exist, per tenant: what the "database" of <see cref="NoteDocuments"/> holds.</summary>
public sealed class NoteBook
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Guid, string>> _notes = new();

    public ConcurrentDictionary<Guid, string> Notes(Guid tenantId) => _notes.GetOrAdd(tenantId, _ => new());
}
