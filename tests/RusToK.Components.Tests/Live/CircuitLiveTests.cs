using RusToK.Components.Kernel.Live;
using RusToK.Components.Tests.Pages;
using RusToK.Domain.Kernel.Live;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Components.Tests.Live;

/// <summary>What reaches an open admin page live: only its own site's messages, only what its person may see, only theirs.</summary>
public sealed class CircuitLiveTests
{
    private static readonly Guid SiteA = Guid.NewGuid();
    private static readonly Guid SiteB = Guid.NewGuid();
    private readonly ListOfListeners _node = new();

    [Fact]
    public async Task A_message_of_one_site_never_reaches_a_page_of_another()
    {
        var heardOnA = await ListenAsync(SiteA, Guid.NewGuid(), "activity", "content.edit");
        var heardOnB = await ListenAsync(SiteB, Guid.NewGuid(), "activity", "content.edit");

        _node.Publish(new LiveMessage(SiteA, "activity", "content.edit"));
        await Task.Delay(CircuitLive.Quiet * 3);

        heardOnA.Count.ShouldBe(1);
        heardOnB.Count.ShouldBe(0);
    }

    [Fact]
    public async Task A_page_hears_only_what_its_person_may_see_and_what_is_addressed_to_them()
    {
        var me = Guid.NewGuid();
        var mine = await ListenAsync(SiteA, me, "notifications");
        var editor = await ListenAsync(SiteA, Guid.NewGuid(), "activity", "content.edit");
        var reader = await ListenAsync(SiteA, Guid.NewGuid(), "activity");

        _node.Publish(new LiveMessage(SiteA, "notifications", UserId: me));
        _node.Publish(new LiveMessage(SiteA, "notifications", UserId: Guid.NewGuid()));
        _node.Publish(new LiveMessage(SiteA, "activity", "content.edit"));
        _node.Publish(new LiveMessage(null, "activity")); // a platform message without a permission is for nobody
        await Task.Delay(CircuitLive.Quiet * 3);

        mine.Count.ShouldBe(1);
        editor.Count.ShouldBe(1);
        reader.Count.ShouldBe(0);
    }

    [Fact]
    public async Task A_burst_of_messages_costs_a_page_one_refresh()
    {
        var heard = await ListenAsync(SiteA, Guid.NewGuid(), "search", "search.manage");
        for (var i = 0; i < 100; i++) _node.Publish(new LiveMessage(SiteA, "search", "search.manage"));
        await Task.Delay(CircuitLive.Quiet * 3);
        heard.Count.ShouldBe(1);
    }

    private async Task<List<int>> ListenAsync(Guid site, Guid person, string topic, params string[] permissions)
    {
        var tenant = new NoTenant();
        tenant.Use(new TenantInfo(site, "s" + site.ToString("N")[..6], "Site", TenantStatus.Active, new HashSet<string>(), TenantTheme.Default));
        var signedIn = new SignedIn(person, permissions);
        var heard = new List<int>();
        await new CircuitLive(_node, tenant, signedIn, signedIn).ListenAsync(topic, () =>
        {
            lock (heard) heard.Add(1);
            return Task.CompletedTask;
        });
        return heard;
    }
}
