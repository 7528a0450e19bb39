using System.Text.RegularExpressions;

namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>Rules for the short name that appears in <c>/t/{slug}</c> URLs.</summary>
public static partial class TenantSlug
{
    public const int MaxLength = 63;

    // Names that would shadow platform routes if used as a path prefix.
    private static readonly HashSet<string> Reserved = ["admin", "api", "t", "health", "graphql", "account", "openapi", "scalar", "_blazor", "_framework", "_content"];

    /// <summary>A slug made from a site's name, as the form suggests it: "Кофейня у моря" becomes "kofeynya-u-morya".</summary>
    public static string Suggest(string? name)
    {
        var slug = Text.Slug.From(name);
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    public static string? Problem(string? slug)
    {
        if (string.IsNullOrWhiteSpace(slug)) return "Slug is required.";
        if (slug.Length > MaxLength) return $"Slug must be at most {MaxLength} characters.";
        if (!Pattern().IsMatch(slug)) return "Slug may contain only lower-case letters, digits and hyphens, and must start and end with a letter or digit.";
        if (Reserved.Contains(slug)) return $"'{slug}' is reserved by the platform.";
        return null;
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")]
    private static partial Regex Pattern();
}
