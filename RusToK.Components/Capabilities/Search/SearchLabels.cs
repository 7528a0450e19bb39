using Microsoft.Extensions.Localization;
using RusToK.Components.Kernel.Theme;
using RusToK.Domain.Capabilities.Search;

namespace RusToK.Components.Capabilities.Search;

/// <summary>What the results page calls facets and their values, in the reader's language.</summary>
public static class SearchLabels
{
    public static string Facet(IStringLocalizer l, string facet) => facet switch
    {
        SearchFacets.Type => l["Type"],
        SearchFacets.Tag => l["Tags"],
        SearchFacets.Category => l["Categories"],
        SearchFacets.Language => l["Language"],
        _ => facet,
    };

    // Type names come from modules in English (the UI translates them); languages by their own names; the rest as the source names them.
    public static string Value(IStringLocalizer l, SearchNameBook names, string facet, string value) => facet switch
    {
        SearchFacets.Type => l[names.Of(facet, value)],
        SearchFacets.Language => UiPreferences.NameOf(value),
        SearchFacets.Tag => "#" + names.Of(facet, value),
        _ => names.Of(facet, value),
    };
}
