using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Pages.Blocks;

namespace RusToK.Domain.Modules.Pages;

/// <summary>A published page as readers see it: the item, its blocks and its path of parents for breadcrumbs.</summary>
public sealed record PageView(ContentItem Page, IReadOnlyList<PageBlock> Blocks, IReadOnlyList<PageNode> Ancestors);
