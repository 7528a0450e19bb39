using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Kernel.GraphQL;

/// <summary>
/// Refuses (VALIDATION) a GraphQL request whose string literals or variables hold a control character, as REST does,
/// before any resolver runs; every module's fields get it because it is a rule of the schema's validation.
/// </summary>
public sealed class ControlCharacterRule : ValidationRuleBase
{
    private static readonly MatchingNodeVisitor<GraphQLStringValue> Literals = new((node, context) =>
    {
        if (ControlCharacters.In(node.Value.Span)) context.ReportError(new ValidationError(context.Document.Source, null, ControlCharacters.Message, node));
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(Literals);

    public override ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => new(new VariableChecker());

    private sealed class VariableChecker : BaseVariableVisitor
    {
        public override ValueTask VisitScalarAsync(ValidationContext context, GraphQLVariableDefinition variable, VariableName variableName, ScalarGraphType type, object? variableValue, object? parsedValue)
        {
            if (variableValue is string text && ControlCharacters.In(text))
            {
                context.ReportError(new ValidationError(context.Document.Source, null, $"Variable '${variableName}': {ControlCharacters.Message}", variable));
            }

            return default;
        }
    }
}
