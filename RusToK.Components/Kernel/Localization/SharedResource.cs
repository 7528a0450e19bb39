namespace RusToK.Components.Kernel.Localization;

/// <summary>Marker for the shared UI strings. Keys are the English text; <c>SharedResource.ru.resx</c> translates them.</summary>
public sealed class SharedResource
{
}
