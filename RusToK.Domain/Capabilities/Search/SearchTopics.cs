namespace RusToK.Domain.Capabilities.Search;

public static class SearchTopics
{
    /// <summary>A tenant's index took a batch of documents or a rebuild finished: its Search page reads the state again.</summary>
    public const string Index = "search";
}
