using RusToK.Domain.Modules.Pages.Blocks;

namespace RusToK.Components.Modules.Pages;

/// <summary>What editors call each block kind (also the localization keys).</summary>
public static class BlockNames
{
    public static string Of(BlockKind kind) => kind switch
    {
        BlockKind.Hero => "Hero",
        BlockKind.RichText => "Rich text",
        BlockKind.Image => "Image",
        BlockKind.CallToAction => "Call to action",
        _ => "Latest posts",
    };
}
