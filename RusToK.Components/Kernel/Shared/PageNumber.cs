using System.Globalization;

namespace RusToK.Components.Kernel.Shared;

/// <summary>
/// A listing's page from its address's <c>?page=</c>, read from text: Blazor answers "?page=abc" or a number past int
/// with a 500 when the query property is an int.
/// </summary>
public static class PageNumber
{
    /// <summary>1 without a page; null when it is not a page number (abc, 0, -1, 2147483648).</summary>
    public static int? Parse(string? text) => text is null ? 1
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : null;
}
