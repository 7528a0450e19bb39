namespace RusToK.Domain.Capabilities.Search;

public enum SearchSort
{
    Relevance,
    Newest,
}
