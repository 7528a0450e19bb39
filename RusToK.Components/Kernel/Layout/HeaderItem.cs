namespace RusToK.Components.Kernel.Layout;

/// <summary>A component a module puts in the storefront's header, before the language and sign-in links (the search field).</summary>
public sealed record HeaderItem(Type Component);
