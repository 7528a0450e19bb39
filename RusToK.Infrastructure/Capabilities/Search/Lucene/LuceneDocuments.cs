using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using RusToK.Domain.Capabilities.Search;

namespace RusToK.Infrastructure.Capabilities.Search.Lucene;

/// <summary>
/// A search entry as a Lucene document: filters as exact terms, facets as doc values, texts analysed three ways with
/// every word under the tenant's prefix (<see cref="TenantTermFilter"/>).
/// </summary>
public static class LuceneDocuments
{
    public static Document From(SearchEntry entry, Analyzer analyzer)
    {
        var d = entry.Document;
        var text = d.Text.Length > SearchFields.MaxStoredText ? d.Text[..SearchFields.MaxStoredText] : d.Text;
        var doc = new Document
        {
            new StringField(LuceneFields.Key, SearchFields.KeyOf(entry.TenantId, d.Entity.Type, d.Entity.Id), Field.Store.NO),
            new StringField(SearchFields.Tenant, entry.TenantId.ToString("N"), Field.Store.NO),
            new StringField(SearchFields.EntityType, d.Entity.Type, Field.Store.YES),
            new StringField(SearchFields.EntityId, d.Entity.Id.ToString("N"), Field.Store.YES),
            new StringField(SearchFields.Public, d.IsPublic ? "1" : "0", Field.Store.NO),
            new StoredField(SearchFields.Title, d.Title),
            new StoredField(SearchFields.Text, text),
            new StoredField(SearchFields.Url, d.Url),
            new NumericDocValuesField(SearchFields.Published, (d.PublishedAt ?? d.UpdatedAt).Ticks),
            new StoredField(SearchFields.Published, (d.PublishedAt ?? d.UpdatedAt).Ticks),
        };
        if (d.EditorPermission is { } permission) doc.Add(new StringField(SearchFields.Editor, permission, Field.Store.NO));
        Facet(doc, SearchFields.Type, [d.Type], store: true);
        Facet(doc, SearchFields.Language, [d.Language], store: true);
        Facet(doc, SearchFields.Tag, d.Tags, store: false);
        Facet(doc, SearchFields.Category, d.Categories, store: false);
        var prefix = LuceneFields.TermPrefix(entry.TenantId);
        foreach (var way in new[] { SearchFields.English, SearchFields.Russian, LuceneFields.Plain })
        {
            doc.Add(Analysed(analyzer, SearchFields.Title + way, d.Title, prefix));
            doc.Add(Analysed(analyzer, SearchFields.Text + way, text, prefix));
        }

        return doc;
    }

    // The analyser keeps one token stream per field and thread, so the document's six streams do not share one.
    private static TextField Analysed(Analyzer analyzer, string field, string value, string prefix) =>
        new(field, new TenantTermFilter(analyzer.GetTokenStream(field, value), prefix));

    private static void Facet(Document doc, string field, IEnumerable<string> values, bool store)
    {
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct())
        {
            doc.Add(new StringField(field, value, store ? Field.Store.YES : Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(LuceneFields.FacetOf(field), new BytesRef(value)));
        }
    }
}
