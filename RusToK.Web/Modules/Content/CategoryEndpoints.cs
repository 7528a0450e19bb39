using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Modules.Content;

/// <summary><c>/api/v1/categories</c>: the tenant's category tree (public read, managed with content.categories.manage).</summary>
public static class CategoryEndpoints
{
    public static void MapCategoryEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/categories").WithTags("Content");
        group.MapGet("/", async (CategoryService categories, CancellationToken ct) =>
            TypedResults.Ok((await categories.TreeAsync(ct)).Select(CategoryDto.From).ToList()))
            .AllowAnonymous().WithSummary("The category tree, depth-first, with item counts");

        var manage = group.MapGroup("").RequireAuthorization(ContentPermissions.Categories);
        manage.MapPost("/", async (CategoryRequest request, CategoryService categories, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await categories.CreateAsync(request.ToInput(), ct);
            return ApiProblems.From(result, () => Results.Created($"/api/v1/categories/{result.Value!.Id}", CategoryDto.From(result.Value)));
        }).WithSummary("Create a category").Produces<CategoryDto>(StatusCodes.Status201Created).ProducesValidationProblem();

        manage.MapPut("/{id:guid}", async (Guid id, CategoryRequest request, CategoryService categories, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await categories.UpdateAsync(id, request.ToInput(), ct);
            return ApiProblems.From(result, () => Results.Ok(CategoryDto.From(result.Value!)));
        }).WithSummary("Rename or move a category").Produces<CategoryDto>().ProducesValidationProblem();

        manage.MapDelete("/{id:guid}", async (Guid id, CategoryService categories, CancellationToken ct) =>
            ApiProblems.From(await categories.DeleteAsync(id, ct), Results.NoContent))
            .WithSummary("Delete an unused category (409 while items or sub-categories use it)");
    }
}
