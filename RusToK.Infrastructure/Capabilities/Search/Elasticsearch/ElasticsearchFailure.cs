namespace RusToK.Infrastructure.Capabilities.Search.Elasticsearch;

/// <summary>
/// Elasticsearch refused or could not be reached: thrown (never swallowed) so the search breaker counts it and the
/// projection keeps the work for later.
/// </summary>
public sealed class ElasticsearchFailure(string message, Exception? inner = null) : Exception(message, inner);
