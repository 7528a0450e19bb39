using System.Text.Json.Serialization;
using GraphQL;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.GraphQL;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Kernel.Hosting;

/// <summary>REST conventions (ProblemDetails, string enums, OpenAPI) and the GraphQL schema.</summary>
public static class ApiRegistration
{
    public static IServiceCollection AddRusToKApi(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemLanguage.Translate);
        services.AddExceptionHandler<DatabaseOutageHandler>();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "RusToK API";
            doc.Info.Description = "REST API of a RusToK tenant. Get a token at POST /api/v1/auth/token and send it as 'Authorization: Bearer ...'.";
            return Task.CompletedTask;
        }).AddOperationTransformer<CamelCaseQueryParameters>());

        services.AddHttpContextAccessor();
        services.AddApiOperations([.. KernelOperations.All, .. ProfileOperations.All, .. TenantOperations.All, .. UserOperations.All, .. EventOperations.All]);
        services.AddTransient(typeof(InputObjectOf<>)); // the schema resolves graph types from the container
        services.AddGraphQL(b => b.AddSchema<RusToKSchema>().AddAutoClrMappings(mapInputTypes: false, mapOutputTypes: true).AddSystemTextJson().AddErrorInfoProvider<CodedErrorInfoProvider>().AddValidationRule<ControlCharacterRule>());
        return services;
    }
}
