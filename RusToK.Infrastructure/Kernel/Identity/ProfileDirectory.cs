using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Events;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>
/// Profiles stored on the Identity user. The tenant filter hides platform administrators (they belong to no
/// tenant), so the queries state the rule themselves: this tenant's people and the platform's, nobody else.
/// </summary>
public sealed class ProfileDirectory(ITenantContext tenant, AppDbContextFactory factory, EventTypeRegistry events) : IProfileDirectory
{
    public async Task<PersonProfile?> FindAsync(Guid userId, CancellationToken ct = default) =>
        (await FindManyAsync([userId], ct)).GetValueOrDefault(userId);

    public async Task<IReadOnlyDictionary<Guid, PersonProfile>> FindManyAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct = default)
    {
        if (userIds.Count == 0) return new Dictionary<Guid, PersonProfile>();
        await using var db = Open(out var tenantId);
        return await Visible(db, tenantId).AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new PersonProfile(u.Id, u.DisplayName, u.AvatarUrl, u.Bio))
            .ToDictionaryAsync(p => p.UserId, ct);
    }

    public async Task<OperationResult<PersonProfile>> UpdateAsync(Guid userId, ProfileInput input, CancellationToken ct = default)
    {
        var validation = input.Validate();
        if (!validation.IsValid) return validation.ToFailure<PersonProfile>();
        await using var db = Open(out var tenantId);
        var user = await Visible(db, tenantId).FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return OperationResult.NotFound<PersonProfile>("Person not found.");
        user.DisplayName = input.DisplayName.Trim();
        user.AvatarUrl = string.IsNullOrWhiteSpace(input.AvatarUrl) ? null : input.AvatarUrl.Trim();
        user.Bio = input.Bio?.Trim() ?? "";
        // An Identity user is no aggregate: its event is written beside it, in the same SaveChanges.
        db.OutboxMessages.Add(events.ToMessage(new ProfileUpdated(user.Id), tenantId));
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(new PersonProfile(user.Id, user.DisplayName, user.AvatarUrl, user.Bio));
    }

    private AppDbContext Open(out Guid tenantId)
    {
        tenantId = tenant.Current?.Id ?? throw new InvalidOperationException("No tenant is resolved for this scope.");
        return factory.CreateFor(tenantId);
    }

    private static IQueryable<AppUser> Visible(AppDbContext db, Guid tenantId) =>
        db.Users.IgnoreQueryFilters().Where(u => u.TenantId == tenantId || u.TenantId == null);
}
