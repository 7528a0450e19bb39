using GraphQL;
using GraphQL.Execution;

namespace RusToK.Web.Kernel.GraphQL;

/// <summary>
/// graphql-dotnet's own errors in the codes the API documents: a document that parses but does not fit the schema
/// (a wrong argument type, a bad or missing variable, an unknown field or operation) is VALIDATION; SYNTAX_ERROR stays.
/// </summary>
public sealed class CodedErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeCode = true })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        if (executionError is not DocumentError || executionError is SyntaxError || info.Extensions is null) return info;
        info.Extensions["code"] = GraphQLErrors.Validation;
        info.Extensions["codes"] = new[] { GraphQLErrors.Validation };
        return info;
    }
}
