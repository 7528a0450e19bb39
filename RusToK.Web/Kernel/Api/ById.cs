using Microsoft.AspNetCore.Mvc;

namespace RusToK.Web.Kernel.Api;

/// <summary>The input of an operation on one thing named in the address (<c>/content/{id}</c>).</summary>
public sealed record ById([FromRoute] Guid Id);
