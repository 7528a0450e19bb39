namespace RusToK.Components.Kernel.Storefront;

/// <summary>
/// A module's part of the site's home page: a component the home page renders, in <see cref="Order"/>, while the
/// module is on for the tenant. A section that <see cref="FillsPage"/> replaces the platform's welcome text.
/// </summary>
public sealed record HomeSection(string Module, int Order, Type Component, bool FillsPage = false);
