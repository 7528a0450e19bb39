using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using RusToK.Components.Kernel.Localization;

namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// ASP.NET Identity's messages (password rules, an e-mail already in use…) in the language of the request: the English
/// texts are Identity's own and are the keys of the shared translations. The codes stay Identity's.
/// </summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), l["An unknown failure has occurred."]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), l["Optimistic concurrency failure, object has been modified."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), l["Incorrect password."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), l["Invalid token."]);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), l["Recovery code redemption failed."]);

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), l["A user with this login already exists."]);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), l["Username '{0}' is invalid, can only contain letters or digits.", userName ?? ""]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), l["Email '{0}' is invalid.", email ?? ""]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), l["Username '{0}' is already taken.", userName]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), l["Email '{0}' is already taken.", email]);

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), l["Role name '{0}' is invalid.", role ?? ""]);

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), l["Role name '{0}' is already taken.", role]);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), l["User already has a password set."]);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), l["Lockout is not enabled for this user."]);

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), l["User already in role '{0}'.", role]);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), l["User is not in role '{0}'.", role]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), l["Passwords must be at least {0} characters.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), l["Passwords must use at least {0} different characters.", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), l["Passwords must have at least one non alphanumeric character."]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), l["Passwords must have at least one digit ('0'-'9')."]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), l["Passwords must have at least one lowercase ('a'-'z')."]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), l["Passwords must have at least one uppercase ('A'-'Z')."]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
