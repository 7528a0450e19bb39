namespace RusToK.Web.Tests.Sweep;

/// <summary>One malformed request of the sweep: what to send, and a label for the report (which part is malformed, and how).</summary>
public sealed record SweepRequest(string Method, string Path, string Kind, Func<HttpContent?> Body)
{
    /// <summary>A GraphQL mutation: its "error" is a 200 with errors, so writes are checked on those too.</summary>
    public bool IsMutation { get; init; }

    public static SweepRequest Get(string path, string kind) => new("GET", path, kind, () => null);

    public HttpRequestMessage ToMessage(string prefix) => new(new HttpMethod(Method), prefix + Path) { Content = Body() };
}
