using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Operations;
using static RusToK.Web.Kernel.Operations.OperationResults;

namespace RusToK.Web.Modules.Content;

/// <summary>The tenant's category tree (REST <c>/categories</c>): public read, managed with content.categories.manage.</summary>
public static class CategoryOperations
{
    private static readonly OperationSet Ops = new("Content");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Ops.Get<ListCategories, List<CategoryDto>>("categories", "/categories", OperationPermission.Public,
            "The category tree, depth-first, with counts of published items, or of every item with ?all=true (needs content.items.edit)", TreeAsync),
        Ops.Post<WithBody<CategoryRequest>, CategoryDto>("createCategory", "/categories", ContentPermissions.Categories, "Create a category",
            async (input, c) => (await c.Get<CategoryService>().CreateAsync(input.Input.ToInput(), c.CancellationToken)).Map(CategoryDto.From))
            .Created(category => $"/api/v1/categories/{category.Id}"),
        Ops.Put<ByIdWithBody<CategoryRequest>, CategoryDto>("updateCategory", "/categories/{id:guid}", ContentPermissions.Categories, "Rename or move a category",
            async (input, c) => (await c.Get<CategoryService>().UpdateAsync(input.Id, input.Input.ToInput(), c.CancellationToken)).Map(CategoryDto.From)),
        Ops.Delete<ById>("deleteCategory", "/categories/{id:guid}", ContentPermissions.Categories, "Delete an unused category (409 while items or sub-categories use it)",
            (input, c) => c.Get<CategoryService>().DeleteAsync(input.Id, c.CancellationToken)),
    ];

    private static async Task<OperationResult<List<CategoryDto>>> TreeAsync(ListCategories input, OperationContext c)
    {
        var all = input.All == true;
        if (all && !await c.HasPermissionAsync(ContentPermissions.Edit)) return OperationResult.Forbidden("Counting unpublished items needs the content.items.edit permission.").As<List<CategoryDto>>();
        return Ok((await c.Get<CategoryService>().TreeAsync(publishedOnly: !all, c.CancellationToken)).Select(CategoryDto.From).ToList());
    }
}
