using Microsoft.Extensions.Localization;
using RusToK.Components.Kernel.Localization;
using RusToK.Domain.Kernel.Results;

namespace RusToK.Web.Kernel.Api;

/// <summary>A use case's failure in the request's language (its cookie or Accept-Language), for REST and GraphQL alike.</summary>
public static class RequestLanguage
{
    public static OperationResult Translate(this IServiceProvider requestServices, OperationResult result) =>
        requestServices.GetRequiredService<IStringLocalizer<SharedResource>>().Translate(result);
}
