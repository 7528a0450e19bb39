using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RusToK.Domain.Kernel.Security;
using RusToK.Infrastructure.Kernel.Identity;

namespace RusToK.Web.Kernel.Auth;

/// <summary>Issues short-lived HS256 access tokens that name the user and their tenant.</summary>
public sealed class AccessTokenIssuer(IOptions<AuthOptions> options, SymmetricSecurityKey key, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public (string Token, DateTime ExpiresAt) Issue(AppUser user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + options.Value.AccessTokenLifetime;
        var claims = new List<Claim>
        {
            new(RusToKClaims.Subject, user.Id.ToString()),
            new(JwtRegisteredClaimNames.Email, user.Email ?? ""),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
        };
        claims.AddRange(RusToKClaimsFactory.ClaimsOf(user));
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
