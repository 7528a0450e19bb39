namespace RusToK.Components.Modules.Content;

/// <summary>The library image the writer chose for the visual editor, as its script takes it (<c>{ url, alt }</c>).</summary>
public sealed record EditorImageChoice(string Url, string Alt);
