using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace RusToK.Components.Kernel.Localization;

/// <summary>
/// Looks a text up in several resource sets in turn and takes the first translation found. What was found (or that
/// nothing was) is remembered per language and text, so a page pays one dictionary lookup per text, not one per set.
/// </summary>
public sealed class LayeredStringLocalizer(IReadOnlyList<IStringLocalizer> layers) : IStringLocalizer
{
    // Bounded by the texts in the code times the cultures offered: keys come from source, never from readers.
    private readonly ConcurrentDictionary<(string Culture, string Name), string?> _found = new();

    public LocalizedString this[string name]
    {
        get
        {
            var translation = _found.GetOrAdd((CultureInfo.CurrentUICulture.Name, name), key => Find(key.Name));
            return new LocalizedString(name, translation ?? name, resourceNotFound: translation is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        layers.SelectMany(l => StringsOf(l, includeParentCultures)).DistinctBy(s => s.Name);

    // A set with no file for the language (English is the keys themselves) lists nothing, where the resource manager throws.
    private static IReadOnlyList<LocalizedString> StringsOf(IStringLocalizer layer, bool includeParentCultures)
    {
        try
        {
            return layer.GetAllStrings(includeParentCultures).ToList();
        }
        catch (MissingManifestResourceException)
        {
            return [];
        }
    }

    private string? Find(string name) => layers.Select(l => l[name]).FirstOrDefault(s => !s.ResourceNotFound)?.Value;
}
