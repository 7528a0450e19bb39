using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RusToK.Testing;

/// <summary>Small helpers a test uses to talk to the API as a program would.</summary>
public static class ApiClient
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<JsonObject> TokenAsync(this HttpClient client, string email, string password, string tenant)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password, tenant });
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"token for {email}@{tenant} failed: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    public static HttpClient WithBearer(this HttpClient client, string accessToken)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonNode.Parse(body) ?? throw new InvalidOperationException("empty body");
        }
        catch (JsonException)
        {
            // Say what came back instead, so a failure reads as the server's answer rather than a parser complaint.
            throw new InvalidOperationException($"Expected JSON from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}, got {(int)response.StatusCode} {response.Content.Headers.ContentType}: {body[..Math.Min(body.Length, 2000)]}");
        }
    }

    public static async Task<JsonNode> GraphQLAsync(this HttpClient client, string query, string path = "/graphql")
    {
        var response = await client.PostAsJsonAsync(path, new { query });
        return await response.JsonAsync();
    }
}
