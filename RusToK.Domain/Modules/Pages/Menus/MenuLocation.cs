namespace RusToK.Domain.Modules.Pages.Menus;

/// <summary>Where on the storefront a menu shows.</summary>
public enum MenuLocation
{
    Header = 0,
    Footer = 1,
}
