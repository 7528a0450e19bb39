using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>Identity tokens made safe for a link's query string, and back.</summary>
public static class IdentityLinkCode
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
