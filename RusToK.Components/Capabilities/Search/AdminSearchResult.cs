namespace RusToK.Components.Capabilities.Search;

/// <summary>One line of the admin's global search: an admin page or an editable item, with where it opens.</summary>
public sealed record AdminSearchResult(string Group, string Title, string Kind, string Path, string Icon);
