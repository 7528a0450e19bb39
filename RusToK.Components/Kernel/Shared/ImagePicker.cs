namespace RusToK.Components.Kernel.Shared;

/// <summary>
/// A dialog some capability offers for choosing an image (the media library), so kernel pages such as the profile
/// can offer it without naming the capability. Shown to people holding <see cref="Permission"/>; the dialog closes
/// with data that <see cref="UrlOf"/> turns into the image's address (null: nothing chosen).
/// </summary>
public sealed record ImagePicker(Type Dialog, string Permission, Func<object?, string?> UrlOf);
