namespace RusToK.Components.Kernel.Localization;

/// <summary>A module's own translations: the marker type its <c>.ru.resx</c> sits beside, registered by the module.</summary>
public sealed record ModuleStrings(Type Resource);
