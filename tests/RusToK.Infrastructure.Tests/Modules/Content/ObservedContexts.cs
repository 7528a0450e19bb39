using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Tests.Modules.Content;

/// <summary>Units of work for one tenant that count their saves and can let something happen just before one of them.</summary>
public sealed class ObservedContexts(AppDbContextFactory factory, Guid tenantId) : IAppDbContextFactory
{
    public int Saves { get; private set; }

    /// <summary>Runs once, before the first save whose context passes the condition (another writer getting in first).</summary>
    public (Func<DbContext, bool> When, Action Then)? Interference { get; set; }

    public IAppDbContext CreateContext()
    {
        var context = factory.CreateFor(tenantId);
        context.SavingChanges += (_, _) =>
        {
            Saves++;
            if (Interference is not { } interference || !interference.When(context)) return;
            Interference = null;
            interference.Then();
        };
        return context;
    }

    public IAppDbContext CreatePlatformContext() => factory.CreatePlatformContext();

    public IAppDbContext CreateContextFor(Guid tenantId) => factory.CreateFor(tenantId);
}
