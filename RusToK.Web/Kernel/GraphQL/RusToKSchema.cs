using GraphQL.Types;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Kernel.GraphQL;

/// <summary>
/// The schema: a field for every declared operation, the kernel's and capabilities' plus every offered module's
/// (a module that is off for the tenant answers MODULE_DISABLED).
/// </summary>
public sealed class RusToKSchema : Schema
{
    public RusToKSchema(IServiceProvider services, IEnumerable<DeclaredOperations> declared, IReadOnlyList<IWebModule> modules) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        var mutation = new ObjectGraphType { Name = "Mutation" };
        var operations = declared.SelectMany(d => d.All.Select(o => (Operation: o, Module: (string?)null)))
            .Concat(modules.SelectMany(m => m.Operations.Select(o => (Operation: o, Module: (string?)m.Descriptor.Name)))).ToList();
        foreach (var (operation, module) in operations)
        {
            (operation.Kind == OperationKind.Query ? query : mutation).AddField(operation.ToGraphQLField(module));
        }

        // Records taken as arguments (blocks, menu links) map to their ...Input type wherever they appear, nested too.
        var records = new HashSet<Type>();
        foreach (var argument in operations.SelectMany(o => GraphQLInput.Arguments(o.Operation.InputType))) GraphQLInputTypes.AddRecordsIn(argument.Type, records);
        foreach (var record in records) RegisterTypeMapping(record, typeof(InputObjectOf<>).MakeGenericType(record));

        Query = query;
        Mutation = mutation;
    }
}
