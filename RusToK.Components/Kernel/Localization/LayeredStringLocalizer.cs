using System.Globalization;
using Microsoft.Extensions.Localization;

namespace RusToK.Components.Kernel.Localization;

/// <summary>Looks a text up in several resource sets in turn and takes the first translation found.</summary>
public sealed class LayeredStringLocalizer(IReadOnlyList<IStringLocalizer> layers) : IStringLocalizer
{
    public LocalizedString this[string name] =>
        layers.Select(l => l[name]).FirstOrDefault(s => !s.ResourceNotFound) ?? new LocalizedString(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        layers.SelectMany(l => l.GetAllStrings(includeParentCultures)).DistinctBy(s => s.Name);
}
