namespace RusToK.Web.Kernel.Operations;

/// <summary>Where an operation sits in GraphQL: reads are Query fields, changes Mutation fields.</summary>
public enum OperationKind
{
    Query,
    Mutation,
}
