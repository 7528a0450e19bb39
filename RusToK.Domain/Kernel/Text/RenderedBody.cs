namespace RusToK.Domain.Kernel.Text;

/// <summary>A body turned into safe HTML, with its plain text for excerpts, word counts and search.</summary>
/// <param name="Lead">The prose a summary is made of: paragraphs, lists and quotes, headings and code left out, one space between blocks.</param>
public sealed record RenderedBody(string Html, string PlainText, string Lead);
