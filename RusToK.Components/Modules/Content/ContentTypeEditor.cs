namespace RusToK.Components.Modules.Content;

/// <summary>
/// What a content type adds to the admin editor, registered by the module that defines the type (the UI half of
/// <see cref="Domain.Modules.Content.IContentTypeDefinition"/>): a <see cref="ContentTypeFields"/> component the
/// editor shows in its Organise panel.
/// </summary>
public sealed record ContentTypeEditor(string Type, Type Fields);
