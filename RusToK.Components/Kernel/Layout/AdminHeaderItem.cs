namespace RusToK.Components.Kernel.Layout;

/// <summary>A component a module puts in the admin's top bar, before the language and account links (the global search).</summary>
public sealed record AdminHeaderItem(Type Component);
