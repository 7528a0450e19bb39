using Microsoft.Extensions.Localization;

namespace RusToK.Components.Kernel.Shared;

/// <summary>
/// A status or kind shown to people: the value's name is the English text and the key of its translation, so each
/// enum shown on a page needs one resource entry per value and no switch of its own.
/// </summary>
public static class EnumNames
{
    public static string Name<TEnum>(this IStringLocalizer localizer, TEnum value)
        where TEnum : struct, Enum => localizer[value.ToString()];
}
