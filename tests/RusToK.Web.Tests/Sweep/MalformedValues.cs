using System.Text;

namespace RusToK.Web.Tests.Sweep;

/// <summary>The values an attacker (or a broken client) sends where a number, an id or a short text is expected.</summary>
public static class MalformedValues
{
    public static readonly string Huge = new('x', 10_000);

    /// <summary>For route and query values, as text (escaped when put in an address).</summary>
    public static readonly IReadOnlyList<(string Label, string Value)> Text =
    [
        ("word", "abc"),
        ("int-overflow", "2147483648"),
        ("negative", "-1"),
        ("long-overflow", "9999999999999999999"),
        ("huge", Huge),
        ("nul", "a\u0000b"),
        ("escape", "\u001b[31m"),
    ];

    /// <summary>For a JSON property of the given OpenAPI type: a value of another type, and out-of-range ones of its own.</summary>
    public static IEnumerable<(string Label, object? Value)> ForJson(string? type) => type switch
    {
        "integer" or "number" => [("wrong-type", "abc"), ("int-overflow", 2147483648L), ("long-overflow", decimal.Parse("99999999999999999999")), ("negative", -1)],
        "boolean" => [("wrong-type", "abc"), ("number", 2)],
        "array" => [("wrong-type", "abc"), ("controls-inside", new[] { "a\u0000b" }), ("huge-inside", new[] { Huge })],
        "object" => [("wrong-type", 1)],
        _ => [("wrong-type", 12345), ("huge", Huge), ("nul", "a\u0000b"), ("controls", "\u0007\u001b\u007f"), ("empty", "")],
    };

    /// <summary>
    /// For a path segment: all but NUL, which servers refuse in the request line before any application code runs
    /// (Kestrel answers 400; the in-memory test server cannot even build such a request).
    /// </summary>
    public static IEnumerable<(string Label, string Value)> InPath => Text.Where(v => !v.Value.Contains('\0'));

    public static HttpContent Json(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    public static HttpContent Plain(string text) => new StringContent(text, Encoding.UTF8, "text/plain");

    public static HttpContent Multipart()
    {
        var form = new MultipartFormDataContent { { new StringContent("a\u0000b"), "title" }, { new StringContent("abc"), "altText" } };
        return form;
    }
}
