using System.Security.Claims;
using RusToK.Domain.Kernel.Security;

namespace RusToK.Domain.Modules.Content;

/// <summary>Who is saving: the signed-in user, copied onto the item and its revisions.</summary>
public sealed record ContentAuthor(Guid? UserId, string Name)
{
    public static ContentAuthor Of(ClaimsPrincipal user) => new(RusToKClaims.UserId(user), RusToKClaims.DisplayName(user));
}
