using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using RusToK.Infrastructure.Kernel.Configuration;

namespace RusToK.Web.Kernel.Auth;

/// <summary>The access-token signing key: from configuration, or generated once and kept in the data folder.</summary>
public static class SigningKeyProvider
{
    public static SymmetricSecurityKey Load(AuthOptions options, RusToKPaths paths)
    {
        if (!string.IsNullOrEmpty(options.SigningKey))
        {
            if (options.SigningKey.Length < 32) throw new InvalidOperationException("Auth:SigningKey must be at least 32 characters long.");
            return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey));
        }

        var file = Path.Combine(paths.Keys, "jwt-signing.key");
        if (!File.Exists(file)) File.WriteAllText(file, Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(file)));
    }
}
