namespace RusToK.Web.Kernel.Operations;

/// <summary>How REST answers a success: 200 with the value, 201 with it and a Location, 204 or 202 without a body (GraphQL: <c>true</c>).</summary>
public enum SuccessShape
{
    Ok,
    Created,
    NoContent,
    Accepted,
}
