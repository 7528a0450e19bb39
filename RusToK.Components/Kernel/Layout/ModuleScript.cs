namespace RusToK.Components.Kernel.Layout;

/// <summary>A script a module adds to every page after the platform's own (a path under the web root, such as <c>_content/RusToK.Components/Capabilities/Search/search.js</c>).</summary>
public sealed record ModuleScript(string Path);
