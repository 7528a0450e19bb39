using System.Text.Json.Nodes;
using HttpMethod = Elasticsearch.Net.HttpMethod;

namespace RusToK.Infrastructure.Tests.Capabilities.Search.Elasticsearch;

/// <summary>One request as the server would have received it.</summary>
public sealed record RecordedRequest(HttpMethod Method, string Path, string? Body, string? ContentType)
{
    public JsonNode Json() => JsonNode.Parse(Body ?? throw new InvalidOperationException($"{Method} {Path} had no body"))!;

    /// <summary>A bulk body's lines, each parsed; the body must end with a line break, as bulk requires.</summary>
    public IReadOnlyList<JsonNode> Lines()
    {
        Body.ShouldNotBeNull().ShouldEndWith("\n");
        return [.. Body!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!)];
    }
}
