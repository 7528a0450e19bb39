using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Localization;
using RusToK.Components.Kernel.Localization;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Kernel.GraphQL;

/// <summary>
/// graphql-dotnet's own errors in the codes the API documents: a document that parses but does not fit the schema
/// (a wrong argument type, a bad or missing variable, an unknown field or operation) is VALIDATION; SYNTAX_ERROR stays.
/// Every error's message is in the request's language (its code is not), looked up by its English text.
/// </summary>
public sealed class CodedErrorInfoProvider(IStringLocalizer<SharedResource> l) : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeCode = true })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        info.Message = ProblemLanguage.Translate(l, info.Message);
        if (executionError is not DocumentError || executionError is SyntaxError || info.Extensions is null) return info;
        info.Extensions["code"] = GraphQLErrors.Validation;
        info.Extensions["codes"] = new[] { GraphQLErrors.Validation };
        return info;
    }
}
