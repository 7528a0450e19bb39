using RusToK.Domain.Kernel.Site;

namespace RusToK.Infrastructure.Tests.Modules.Content;

/// <summary>No address belongs to the site: these tests never write top-level pages.</summary>
public sealed class NothingReserved : IReservedPaths
{
    public bool IsReserved(string segment) => false;
}
