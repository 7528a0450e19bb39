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
        if (!File.Exists(file)) Create(file);
        // Whoever can read the key can sign tokens for any account: only the app's own user may (as for the data-protection keys).
        else if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, OwnerOnly);
        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(file)));
    }

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static void Create(string file)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
        using var writer = new StreamWriter(file, Encoding.ASCII, options);
        writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
    }
}
