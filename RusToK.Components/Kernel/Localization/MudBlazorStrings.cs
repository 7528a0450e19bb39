namespace RusToK.Components.Kernel.Localization;

/// <summary>
/// Marker for MudBlazor's own texts (pagers, row selection, close buttons), keyed by MudBlazor's resource names
/// (<c>MudTablePager_NextPage</c>); <c>MudBlazorStrings.ru.resx</c> translates them, English comes from MudBlazor.
/// </summary>
public sealed class MudBlazorStrings
{
}
