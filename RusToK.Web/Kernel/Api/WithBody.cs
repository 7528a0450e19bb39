using Microsoft.AspNetCore.Mvc;

namespace RusToK.Web.Kernel.Api;

/// <summary>The input of an operation that takes only a JSON body (a create); in GraphQL the body's fields are the arguments.</summary>
public sealed record WithBody<TBody>([FromBody] TBody Input)
    where TBody : notnull;
