using Lucene.Net.Documents;
using Lucene.Net.Util;
using RusToK.Domain.Capabilities.Search;

namespace RusToK.Infrastructure.Capabilities.Search.Lucene;

/// <summary>A search entry as a Lucene document: filters as exact terms, facets as doc values, texts analysed three ways.</summary>
public static class LuceneDocuments
{
    // Enough for a snippet and for finding any word of a long article; the rest adds size, not findability.
    public const int MaxStoredText = 20_000;

    public static Document From(SearchEntry entry)
    {
        var d = entry.Document;
        var text = d.Text.Length > MaxStoredText ? d.Text[..MaxStoredText] : d.Text;
        var doc = new Document
        {
            new StringField(LuceneFields.Key, LuceneFields.KeyOf(entry.TenantId, d.Entity.Type, d.Entity.Id), Field.Store.NO),
            new StringField(LuceneFields.Tenant, entry.TenantId.ToString("N"), Field.Store.NO),
            new StringField(LuceneFields.EntityType, d.Entity.Type, Field.Store.YES),
            new StringField(LuceneFields.EntityId, d.Entity.Id.ToString("N"), Field.Store.YES),
            new StringField(LuceneFields.Public, d.IsPublic ? "1" : "0", Field.Store.NO),
            new StoredField(LuceneFields.Title, d.Title),
            new StoredField(LuceneFields.Text, text),
            new StoredField(LuceneFields.Url, d.Url),
            new NumericDocValuesField(LuceneFields.Published, (d.PublishedAt ?? d.UpdatedAt).Ticks),
            new StoredField(LuceneFields.Published, (d.PublishedAt ?? d.UpdatedAt).Ticks),
        };
        if (d.EditorPermission is { } permission) doc.Add(new StringField(LuceneFields.Editor, permission, Field.Store.NO));
        Facet(doc, LuceneFields.Type, [d.Type], store: true);
        Facet(doc, LuceneFields.Language, [d.Language], store: true);
        Facet(doc, LuceneFields.Tag, d.Tags, store: false);
        Facet(doc, LuceneFields.Category, d.Categories, store: false);
        foreach (var way in new[] { LuceneFields.English, LuceneFields.Russian, LuceneFields.Plain })
        {
            doc.Add(new TextField(LuceneFields.Title + way, d.Title, Field.Store.NO));
            doc.Add(new TextField(LuceneFields.Text + way, text, Field.Store.NO));
        }

        return doc;
    }

    private static void Facet(Document doc, string field, IEnumerable<string> values, bool store)
    {
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct())
        {
            doc.Add(new StringField(field, value, store ? Field.Store.YES : Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(LuceneFields.FacetOf(field), new BytesRef(value)));
        }
    }
}
