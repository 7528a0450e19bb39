namespace RusToK.Domain.Modules.Pages.Blocks;

/// <summary>What a <see cref="BlockKind.LatestPosts"/> block lists.</summary>
public static class LatestPostsBlock
{
    /// <summary>Items of the stored type "post" (the Blog module's), named here so Pages works without depending on Blog.</summary>
    public const string ContentType = "post";
}
