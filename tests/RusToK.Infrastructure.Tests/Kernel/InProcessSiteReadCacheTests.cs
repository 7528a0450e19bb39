using RusToK.Infrastructure.Kernel.Caching;

namespace RusToK.Infrastructure.Tests.Kernel;

public sealed class InProcessSiteReadCacheTests : IDisposable
{
    private readonly InProcessSiteReadCache _cache = new();
    private readonly Guid _siteA = Guid.NewGuid();
    private readonly Guid _siteB = Guid.NewGuid();
    private int _loads;

    [Fact]
    public async Task Second_read_of_a_site_comes_from_memory()
    {
        (await _cache.GetOrLoadAsync(_siteA, "menu", Load)).ShouldBe("load 1");
        (await _cache.GetOrLoadAsync(_siteA, "menu", Load)).ShouldBe("load 1");
        _loads.ShouldBe(1);
    }

    [Fact]
    public async Task Evicting_one_site_forgets_only_that_site()
    {
        await _cache.GetOrLoadAsync(_siteA, "menu", Load);
        await _cache.GetOrLoadAsync(_siteB, "menu", Load);

        _cache.Evict(_siteA);

        (await _cache.GetOrLoadAsync(_siteA, "menu", Load)).ShouldBe("load 3");
        (await _cache.GetOrLoadAsync(_siteB, "menu", Load)).ShouldBe("load 2");
    }

    [Fact]
    public async Task A_read_overtaken_by_a_change_is_not_kept()
    {
        // The site changes while the first read is still loading: what it loaded may be old, so it must not stick.
        await _cache.GetOrLoadAsync(_siteA, "menu", async () =>
        {
            var value = await Load();
            _cache.Evict(_siteA);
            return value;
        });

        (await _cache.GetOrLoadAsync(_siteA, "menu", Load)).ShouldBe("load 2");
    }

    [Fact]
    public async Task An_address_nobody_published_is_asked_again()
    {
        // A miss is not kept: the post may be published a second later, and made-up addresses must not fill memory.
        (await _cache.GetOrLoadAsync<string?>(_siteA, "post:nope", () => Task.FromResult<string?>(null))).ShouldBeNull();
        (await _cache.GetOrLoadAsync<string?>(_siteA, "post:nope", async () => await Load())).ShouldBe("load 1");
    }

    [Fact]
    public async Task Switched_off_every_read_goes_to_the_source()
    {
        using var off = new InProcessSiteReadCache(enabled: false);
        await off.GetOrLoadAsync(_siteA, "menu", Load);
        (await off.GetOrLoadAsync(_siteA, "menu", Load)).ShouldBe("load 2");
    }

    public void Dispose() => _cache.Dispose();

    private Task<string> Load() => Task.FromResult($"load {++_loads}");
}
