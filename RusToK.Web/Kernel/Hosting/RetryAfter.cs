using System.Globalization;

namespace RusToK.Web.Kernel.Hosting;

/// <summary>The <c>Retry-After</c> header, one way for every answer that asks a client to come back later.</summary>
public static class RetryAfter
{
    /// <summary>Sets the header to the wait in whole seconds (at least one) and returns them.</summary>
    public static int Set(HttpResponse response, TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(Math.Max(1, wait.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return seconds;
    }
}
