using Microsoft.AspNetCore.Components;

namespace RusToK.Components.Kernel.Storefront;

/// <summary>
/// MudBlazor's look on static storefront pages without its components: the same class names and SVG markup that
/// MudButton, MudIconButton and MudText write, as plain elements. Every uncached storefront view renders the
/// shell, and a Mud component costs far more to create than the element it writes; nothing on a static page
/// needs the component's interactive machinery.
/// </summary>
public static class StaticMarkup
{
    /// <summary>A text button in the app bar's colour (MudButton, Variant.Text, Color.Inherit).</summary>
    public const string TextButton = "mud-button-root mud-button mud-button-text mud-button-text-inherit mud-button-text-size-medium mud-ripple";

    /// <summary>The small version, for the language switch.</summary>
    public const string SmallTextButton = "mud-button-root mud-button mud-button-text mud-button-text-inherit mud-button-text-size-small mud-ripple";

    /// <summary>An icon button in the app bar's colour (MudIconButton, Color.Inherit).</summary>
    public const string IconButton = "mud-button-root mud-icon-button mud-inherit-text hover:mud-inherit-hover mud-ripple mud-ripple-icon";

    /// <summary>An icon button in the warning colour (the RSS link).</summary>
    public const string WarningIconButton = "mud-button-root mud-icon-button mud-warning-text hover:mud-warning-hover mud-ripple mud-ripple-icon";

    /// <summary>A Material icon (one of MudBlazor's <c>Icons</c> constants) as MudIcon draws it, hidden from screen readers.</summary>
    public static MarkupString Icon(string svgContent) =>
        new($"<svg class=\"mud-icon-root mud-svg-icon mud-icon-size-medium\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{svgContent}</svg>");
}
