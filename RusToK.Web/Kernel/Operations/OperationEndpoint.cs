namespace RusToK.Web.Kernel.Operations;

/// <summary>Endpoint metadata: this REST endpoint was mapped from the declared operation of that name (and so has a GraphQL twin).</summary>
public sealed record OperationEndpoint(string Name);
