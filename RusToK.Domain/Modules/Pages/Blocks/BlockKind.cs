namespace RusToK.Domain.Modules.Pages.Blocks;

/// <summary>The building blocks a page is composed of.</summary>
public enum BlockKind
{
    Hero = 0,
    RichText = 1,
    Image = 2,
    CallToAction = 3,
    LatestPosts = 4,
}
