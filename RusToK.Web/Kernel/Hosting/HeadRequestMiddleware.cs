namespace RusToK.Web.Kernel.Hosting;

/// <summary>
/// Answers <c>HEAD</c> wherever <c>GET</c> is answered (pages, feeds, sitemap, media, API reads): the request runs as a
/// GET and its body is dropped, so status and headers are the GET's. Endpoints map GET only, which routing would
/// otherwise answer with 405. Output caching, further in, still stores and serves the full GET answer.
/// </summary>
public sealed class HeadRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await next(http);
            return;
        }

        var body = http.Response.Body;
        http.Request.Method = HttpMethods.Get;
        http.Response.Body = Stream.Null;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = body;
            http.Request.Method = HttpMethods.Head;
        }
    }
}
