namespace RusToK.Domain.Modules.Content;

/// <summary>
/// Extension point: a content type a module builds on Content (Blog's posts, Pages' pages). Content stores and edits
/// every type alike; what differs (names, where the admin lists the items, where readers find one) comes from here.
/// </summary>
public interface IContentTypeDefinition
{
    /// <summary>The name stored on the type's items (<c>post</c>), as in <see cref="ContentItem.Type"/>.</summary>
    string Type { get; }

    /// <summary>The module that defines the type: its items are written only where that module is on.</summary>
    string Module { get; }

    /// <summary>What one item is called in a sentence ("New {0}"), in English; the UI translates it.</summary>
    string DisplayName { get; }

    /// <summary>The heading of the admin list of these items ("Posts"), in English; the UI translates it.</summary>
    string ListTitle { get; }

    /// <summary>The admin page that lists the items (<c>admin/posts</c>), relative to the site's base.</summary>
    string AdminListPath { get; }

    /// <summary>What a reader address starts with before the slug (<c>/blog/</c>), shown beside the editor's slug field.</summary>
    string AddressPrefix { get; }

    /// <summary>
    /// Why an item of this type may not take <paramref name="slug"/> under <paramref name="parentId"/> (an address the
    /// site itself answers), or null when it may.
    /// </summary>
    string? RefusedAddress(string slug, Guid? parentId);

    /// <summary>Where readers browse a category's items of this type (<c>blog/category/brewing</c>), or null when the type has no such page.</summary>
    string? CategoryPath(string categorySlug) => null;

    /// <summary>Where readers find the item (relative to the site's base), or null while they cannot see it.</summary>
    Task<string?> ReaderPathAsync(ContentItem item, CancellationToken ct = default);
}
