using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Modules.Content;

namespace RusToK.Domain.Tests.Modules.Content;

/// <summary>"New item" without a type writes the first type a module the site has on defines.</summary>
public sealed class ContentTypeCatalogTests
{
    private static readonly ContentTypeCatalog Catalog = new([new UntypedContent("note")]);

    [Fact]
    public void A_site_with_the_defining_module_on_gets_that_type()
    {
        Catalog.DefaultFor(Site(ContentModule.ModuleName)).Type.ShouldBe("note");
    }

    [Fact]
    public void A_site_without_it_or_no_site_gets_a_plain_article()
    {
        Catalog.DefaultFor(Site("announcements")).Type.ShouldBe(ContentTypes.Article);
        Catalog.DefaultFor(null).Type.ShouldBe(ContentTypes.Article);
    }

    private static TenantInfo Site(params string[] modules) =>
        new(Guid.NewGuid(), "cafe", "Cafe", TenantStatus.Active, modules.ToHashSet(), TenantTheme.Default);
}
