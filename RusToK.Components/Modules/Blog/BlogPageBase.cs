using RusToK.Components.Kernel.Storefront;
using RusToK.Domain.Modules.Blog;

namespace RusToK.Components.Modules.Blog;

/// <summary>What every blog page shares: the reader, null while the blog is off for this site.</summary>
public abstract class BlogPageBase : StorefrontPageBase
{
    protected BlogReader? Reader => ServiceOf<BlogReader>(BlogModule.ModuleName);
}
