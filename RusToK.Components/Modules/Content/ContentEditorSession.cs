using RusToK.Components.Kernel.Theme;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content;

namespace RusToK.Components.Modules.Content;

/// <summary>
/// What the editor is working on: the stored item, the draft the form binds to, and what is read with them (tags,
/// translations, the reader address). Knows whether the draft holds unsaved changes.
/// </summary>
public sealed class ContentEditorSession(ContentQueries queries, TagService tags, ContentTypeCatalog types)
{
    private string _savedFingerprint = new ContentDraft().Fingerprint();

    /// <summary>The stored item, or null while the draft has never been saved.</summary>
    public ContentItem? Item { get; private set; }

    public ContentDraft Draft { get; private set; } = new();

    public IReadOnlyList<ContentSummary> Translations { get; private set; } = [];

    /// <summary>Where readers find the item while it is live.</summary>
    public string? ReaderPath { get; private set; }

    /// <summary>When the draft was last saved by autosave since the editor's own last save.</summary>
    public DateTime? AutosavedAt { get; private set; }

    public ContentAuthor Author { get; set; } = new(null, "");

    public IContentTypeDefinition Type => types.For(Draft.Type);

    public bool IsDirty => Draft.Fingerprint() != _savedFingerprint;

    /// <summary>The languages the item has no version in yet.</summary>
    public IEnumerable<(string Code, string Name)> MissingLanguages => Item is not { } item ? [] :
        UiPreferences.Cultures.Where(c => c.Code != item.Language && Translations.All(t => t.Language != c.Code));

    public void StartNew(string type)
    {
        (Item, Translations, ReaderPath, AutosavedAt) = (null, [], null, null);
        Draft = new ContentDraft { Type = type, BodyFormat = BodyFormat.Html }; // new items are written in the visual editor
        _savedFingerprint = Draft.Fingerprint();
    }

    /// <summary>Takes a stored item (just read or just saved) as the new starting point of the draft.</summary>
    public async Task LoadAsync(ContentItem item)
    {
        var itemTags = await tags.ForEntityAsync(new(ContentTypes.EntityType, item.Id));
        Item = item;
        Draft = ContentDraft.From(ContentInputs.From(item, itemTags.Select(t => t.Name).ToList()));
        _savedFingerprint = Draft.Fingerprint();
        AutosavedAt = null;
        ReaderPath = await Type.ReaderPathAsync(item);
        Translations = await queries.TranslationsAsync(item, publishedOnly: false);
    }

    /// <summary>Autosave stored the draft as it is now; the form keeps what was typed meanwhile.</summary>
    public void Autosaved(ContentItem item, DateTime at)
    {
        Item = item;
        _savedFingerprint = Draft.Fingerprint();
        AutosavedAt = at;
    }
}
