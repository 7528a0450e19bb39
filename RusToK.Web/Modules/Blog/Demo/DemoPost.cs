namespace RusToK.Web.Modules.Blog.Demo;

/// <summary>One post of the demo blog: enough to write a believable article from.</summary>
public sealed record DemoPost(string Title, string Category, string[] Tags, int DaysAgo, string Excerpt, string Intro, string[] Points, string Closing);
