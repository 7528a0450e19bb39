using GraphQL.Types;

namespace RusToK.Web.Kernel.GraphQL;

/// <summary>The schema: kernel fields plus every compiled module's contribution (a disabled module answers MODULE_DISABLED).</summary>
public sealed class RusToKSchema : Schema
{
    public RusToKSchema(IServiceProvider services, IEnumerable<IGraphQLContributor> contributors) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        var mutation = new ObjectGraphType { Name = "Mutation" };
        foreach (var contributor in contributors)
        {
            contributor.AddQueries(query);
            contributor.AddMutations(mutation);
        }

        Query = query;
        Mutation = mutation;
    }
}
