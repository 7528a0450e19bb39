using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Security;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Kernel.Api;

/// <summary>The caller's own profile (<c>/me/profile</c>): anyone signed in reads and edits theirs, nobody else's.</summary>
public static class ProfileOperations
{
    private static readonly OperationSet Identity = new("Identity");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Identity.Get<NoInput, PersonProfile>("profile", "/me/profile", OperationPermission.SignedIn, "The caller's display name, avatar and bio",
            async (_, c) => (await c.Get<IProfileDirectory>().FindAsync(CallerOf(c), c.CancellationToken)).OrNotFound("Person not found.")),
        Identity.Put<WithBody<ProfileRequest>, PersonProfile>("updateProfile", "/me/profile", OperationPermission.SignedIn, "Change the caller's display name, avatar and bio",
            (input, c) => c.Get<IProfileDirectory>().UpdateAsync(CallerOf(c), input.Input.ToInput(), c.CancellationToken)),
    ];

    // Signed in is checked before the handler runs, so a caller always has an id.
    private static Guid CallerOf(OperationContext c) => RusToKClaims.UserId(c.User) ?? Guid.Empty;
}
