namespace RusToK.Components.Kernel.Layout;

/// <summary>A style sheet a module adds to every page, admin and storefront alike (a path under the web root, such as <c>_content/RusToK.Components/Modules/Blog/blog.css</c>).</summary>
public sealed record ModuleStylesheet(string Path);
