using RusToK.Domain.Kernel.Modules;

namespace RusToK.Domain.Tests.Kernel;

public sealed class ModuleCatalogTests
{
    private sealed class TestModule(string name, params string[] dependsOn) : ModuleDescriptor
    {
        public override string Name => name;
        public override string DisplayName => char.ToUpperInvariant(name[0]) + name[1..];
        public override string Version => "1.0.0";
        public override string Description => name;
        public override IReadOnlyList<string> DependsOn => dependsOn;
    }

    private static readonly ModuleCatalog Catalog = new([new KernelModule(), new TestModule("content"), new TestModule("blog", "content"), new TestModule("rss", "blog")]);

    [Fact]
    public void Enabling_a_module_brings_every_module_it_needs()
    {
        Catalog.WithDependencies(["rss"]).ShouldBe(["rss", "blog", "content"], ignoreOrder: true);
    }

    [Fact]
    public void Dependents_lists_enabled_modules_that_need_the_one_being_disabled()
    {
        Catalog.Dependents("content", ["content", "blog"]).Select(m => m.Name).ShouldBe(["blog"]);
        Catalog.Dependents("content", ["content"]).ShouldBeEmpty();
    }

    [Fact]
    public void Installation_missing_a_dependency_fails_with_a_sentence_naming_it()
    {
        var error = Should.Throw<InvalidOperationException>(() => new ModuleCatalog([new TestModule("blog", "content")]));
        error.Message.ShouldContain("'blog' depends on content");
    }

    [Fact]
    public void Permission_owner_is_the_module_that_declares_it()
    {
        Catalog.OwnerOf("admin.users.manage")!.Name.ShouldBe("kernel");
        Catalog.OwnerOf("nobody.declares.this").ShouldBeNull();
    }
}
