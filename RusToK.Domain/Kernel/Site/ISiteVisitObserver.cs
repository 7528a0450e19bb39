namespace RusToK.Domain.Kernel.Site;

/// <summary>Told of every page a person (not a bot) read on the storefront, output cache or not; must return at once.</summary>
public interface ISiteVisitObserver
{
    void Saw(SiteVisit visit);
}
