using Microsoft.AspNetCore.Mvc;

namespace RusToK.Web.Kernel.Api;

/// <summary>The input of a change to one thing: its id from the address, the change as the JSON body.</summary>
public sealed record ByIdWithBody<TBody>([FromRoute] Guid Id, [FromBody] TBody Input)
    where TBody : notnull;
