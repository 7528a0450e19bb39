using RusToK.Domain.Kernel.Localization;

namespace RusToK.Domain.Modules.Pages.Blocks;

/// <summary>A block's texts in another language; an empty field shows the original.</summary>
public sealed record BlockTranslation(string Language, string? Title = null, string? Text = null, string? ButtonText = null, string? ImageAlt = null) : ITranslation;
