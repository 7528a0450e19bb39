using System.Net;
using System.Text.RegularExpressions;

namespace RusToK.Testing;

/// <summary>
/// A browser's cookie jar over an HttpClient, kept by hand so a test can copy a cookie, replay it later, and send
/// the Origin a page of another site would.
/// </summary>
public sealed partial class CookieSession(HttpClient client)
{
    public const string AuthCookie = ".rustok.auth";

    public Dictionary<string, string> Cookies { get; } = new(StringComparer.Ordinal);

    public HttpClient Client => client;

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (Cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await client.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var header in setCookies)
            {
                var pair = header.Split(';')[0].Split('=', 2);
                if (header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase) || pair[1].Length == 0) Cookies.Remove(pair[0]);
                else Cookies[pair[0]] = pair[1];
            }
        }

        return response;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>Posts a form as the page at <paramref name="formPage"/> would, with the antiforgery token it renders.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await (await GetAsync(formPage)).Content.ReadAsStringAsync();
        var token = AntiforgeryField().Match(html);
        if (!token.Success) throw new InvalidOperationException($"{formPage} renders no antiforgery token");
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, action)
        {
            Content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)))),
        });
    }

    /// <summary>Signs in through the login form, as a person does.</summary>
    public async Task SignInAsync(string email, string password)
    {
        var response = await PostFormAsync("/account/login", "/account/login", [new("_handler", "login"), new("Input.Email", email), new("Input.Password", password)]);
        if (!Cookies.ContainsKey(AuthCookie)) throw new InvalidOperationException($"sign-in as {email} set no cookie: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
