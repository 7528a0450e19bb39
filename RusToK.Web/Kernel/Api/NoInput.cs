namespace RusToK.Web.Kernel.Api;

/// <summary>The input of an operation that takes none (the caller and the tenant come from the request).</summary>
public sealed record NoInput;
