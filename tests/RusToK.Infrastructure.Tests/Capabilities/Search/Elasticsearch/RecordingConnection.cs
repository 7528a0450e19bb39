using System.Text;
using Elasticsearch.Net;
using HttpMethod = Elasticsearch.Net.HttpMethod;

namespace RusToK.Infrastructure.Tests.Capabilities.Search.Elasticsearch;

/// <summary>
/// Elasticsearch without a server: records each request (method, path with query, body) and answers it with what
/// the test says, by default an existing alias, an empty search and a bulk without errors.
/// </summary>
public sealed class RecordingConnection(Func<RecordedRequest, (int Status, string Body)>? answer = null) : InMemoryConnection
{
    public const string EmptySearch = """{"hits":{"total":{"value":0,"relation":"eq"},"hits":[]},"aggregations":{}}""";

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>The requests after the alias check every first call makes.</summary>
    public IReadOnlyList<RecordedRequest> Work => [.. Requests.Where(r => !r.Path.StartsWith("/_alias/", StringComparison.Ordinal))];

    public override Task<TResponse> RequestAsync<TResponse>(RequestData requestData, CancellationToken cancellationToken)
    {
        var (status, body) = Answer(requestData);
        return ReturnConnectionStatusAsync<TResponse>(requestData, cancellationToken, Encoding.UTF8.GetBytes(body), status, RequestData.DefaultJsonMimeType);
    }

    public override TResponse Request<TResponse>(RequestData requestData)
    {
        var (status, body) = Answer(requestData);
        return ReturnConnectionStatus<TResponse>(requestData, Encoding.UTF8.GetBytes(body), status, RequestData.DefaultJsonMimeType);
    }

    public static (int, string) Default(RecordedRequest request) => request.Path switch
    {
        var p when p.Contains("/_bulk", StringComparison.Ordinal) => (200, """{"took":1,"errors":false,"items":[]}"""),
        var p when p.Contains("/_search", StringComparison.Ordinal) => (200, EmptySearch),
        _ => (200, "{}"),
    };

    // The client's own first call (GET /, checking the server is Elasticsearch) is answered as a server would, not recorded.
    private const string Root = """{"name":"test","version":{"number":"7.17.5","build_flavor":"default"},"tagline":"You Know, for Search"}""";

    private (int, string) Answer(RequestData data)
    {
        if (data.Method == HttpMethod.GET && data.PathAndQuery.Length == 0) return (200, Root);
        string? body = null;
        if (data.PostData is { } post)
        {
            using var stream = new MemoryStream();
            post.Write(stream, data.ConnectionSettings);
            body = Encoding.UTF8.GetString(stream.ToArray());
        }

        var request = new RecordedRequest(data.Method, data.PathAndQuery, body, data.RequestMimeType);
        Requests.Add(request);
        return (answer ?? Default)(request);
    }
}
