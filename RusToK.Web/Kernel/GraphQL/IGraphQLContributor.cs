using GraphQL.Types;

namespace RusToK.Web.Kernel.GraphQL;

/// <summary>A module's share of the one GraphQL schema: fields it adds to Query and Mutation.</summary>
public interface IGraphQLContributor
{
    void AddQueries(ObjectGraphType query);

    void AddMutations(ObjectGraphType mutation);
}
