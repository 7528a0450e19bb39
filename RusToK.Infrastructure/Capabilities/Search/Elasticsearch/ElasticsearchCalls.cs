using System.Text.Json;
using Elasticsearch.Net;
using HttpMethod = Elasticsearch.Net.HttpMethod;

namespace RusToK.Infrastructure.Capabilities.Search.Elasticsearch;

/// <summary>
/// Requests to the server through the low-level client, bodies as strings. Anything but success (or a status the
/// caller expects, such as 404 for "no such alias") throws <see cref="ElasticsearchFailure"/> with the server's reason.
/// </summary>
public sealed class ElasticsearchCalls(IElasticLowLevelClient client)
{
    public static ElasticsearchCalls Create(ElasticsearchOptions options, IConnection? connection = null)
    {
        var pool = new SingleNodeConnectionPool(options.ServerUri());
        var settings = (connection is null ? new ConnectionConfiguration(pool) : new ConnectionConfiguration(pool, connection)).RequestTimeout(TimeSpan.FromSeconds(30));
        if (options.ApiKey is { Length: > 0 } key) settings = settings.ApiKeyAuthentication(new ApiKeyAuthenticationCredentials(key));
        else if (options.Username is { Length: > 0 } user) settings = settings.BasicAuthentication(user, options.Password ?? "");
        return new ElasticsearchCalls(new ElasticLowLevelClient(settings));
    }

    public Task<StringResponse> SendAsync(HttpMethod method, string path, string? body, CancellationToken ct, params int[] expected) =>
        SendAsync(method, path, body, null, ct, expected);

    /// <summary>With <paramref name="parameters"/>, the query string (the client refuses one in the path) and the content type.</summary>
    public async Task<StringResponse> SendAsync(HttpMethod method, string path, string? body, IRequestParameters? parameters, CancellationToken ct, params int[] expected)
    {
        var response = await client.DoRequestAsync<StringResponse>(method, path, ct, body is null ? null : PostData.String(body), parameters);
        if (response.Success || (response.HttpStatusCode is { } status && expected.Contains(status))) return response;
        throw new ElasticsearchFailure(response.HttpStatusCode is { } code
            ? $"Elasticsearch answered {code} to {method} {path}: {Reason(response.Body)}"
            : $"Elasticsearch could not be reached for {method} {path}: {response.OriginalException?.Message}", response.OriginalException);
    }

    public async Task<JsonDocument> JsonAsync(HttpMethod method, string path, string? body, CancellationToken ct) =>
        JsonDocument.Parse((await SendAsync(method, path, body, ct)).Body);

    // The error's reason when the body is Elasticsearch's error JSON, else the start of whatever came back.
    private static string Reason(string? body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body ?? "");
            if (doc.RootElement.TryGetProperty("error", out var error)) return error.ValueKind == JsonValueKind.Object && error.TryGetProperty("reason", out var reason) ? reason.ToString() : error.ToString();
        }
        catch (JsonException)
        {
        }

        return body is { Length: > 300 } ? body[..300] : body ?? "";
    }
}
