namespace RusToK.Components.Modules.Blog;

/// <summary>Marker for the Blog module's own UI strings. Keys are the English text; <c>BlogStrings.ru.resx</c> translates them.</summary>
public sealed class BlogStrings
{
}
