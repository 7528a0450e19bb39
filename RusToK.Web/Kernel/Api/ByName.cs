using Microsoft.AspNetCore.Mvc;

namespace RusToK.Web.Kernel.Api;

/// <summary>The input of an operation on one thing named by its name in the address (<c>/modules/{name}</c>).</summary>
public sealed record ByName([FromRoute] string Name);
