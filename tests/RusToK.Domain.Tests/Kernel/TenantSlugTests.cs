using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Tests.Kernel;

public sealed class TenantSlugTests
{
    [Theory]
    [InlineData("acme")]
    [InlineData("corner-shop-2")]
    [InlineData("a")]
    public void Lower_case_letters_digits_and_inner_hyphens_are_accepted(string slug) => TenantSlug.Problem(slug).ShouldBeNull();

    [Theory]
    [InlineData("", "required")]
    [InlineData("Acme", "lower-case")]
    [InlineData("-acme", "start and end")]
    [InlineData("acme shop", "lower-case")]
    [InlineData("admin", "reserved")]
    [InlineData("api", "reserved")]
    public void Bad_slugs_get_a_reason(string slug, string reason) => TenantSlug.Problem(slug)!.ShouldContain(reason, Case.Insensitive);

    [Fact]
    public void Host_names_are_stored_lower_case_without_trailing_dot_and_once()
    {
        var tenant = Tenant.Create("acme", "Acme", ["Shop.Example.COM.", "shop.example.com", " "]);
        tenant.Hosts.Select(h => h.Name).ShouldBe(["shop.example.com"]);
    }

    [Fact]
    public void Suspending_twice_raises_one_event_and_resuming_brings_the_tenant_back()
    {
        var tenant = Tenant.Create("acme", "Acme", []);
        tenant.ClearDomainEvents();
        tenant.Suspend();
        tenant.Suspend();
        tenant.DomainEvents.Count.ShouldBe(1);
        tenant.ToInfo().IsActive.ShouldBeFalse();
        tenant.Resume();
        tenant.ToInfo().IsActive.ShouldBeTrue();
    }
}
