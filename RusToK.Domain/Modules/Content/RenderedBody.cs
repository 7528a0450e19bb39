namespace RusToK.Domain.Modules.Content;

/// <summary>A body turned into safe HTML, with its plain text for excerpts, word counts and search.</summary>
public sealed record RenderedBody(string Html, string PlainText);
