using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using RusToK.Domain.Kernel.Security;
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
        group.MapGet("/", async Task<Results<Ok<List<CategoryDto>>, ProblemHttpResult>> (bool? all, ClaimsPrincipal user, IPermissionChecker permissions, CategoryService categories, CancellationToken ct) =>
        {
            if (all == true && !await permissions.HasAsync(user, ContentPermissions.Edit, ct)) return ApiProblems.Forbidden("Counting unpublished items needs the content.items.edit permission.");
            return TypedResults.Ok((await categories.TreeAsync(publishedOnly: all != true, ct)).Select(CategoryDto.From).ToList());
        }).AllowAnonymous().WithSummary("The category tree, depth-first, with counts of published items, or of every item with ?all=true (needs content.items.edit)");

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
