namespace RusToK.Web.Kernel.Operations;

/// <summary>The two permissions that are not a module's permission string.</summary>
public static class OperationPermission
{
    /// <summary>Anyone, signed in or not, may call the operation.</summary>
    // Not a const: a null constant field makes NetArchTest (the architecture tests) fail on this type.
    public static readonly string? Public = null;

    /// <summary>Any signed-in caller may call the operation, whatever their permissions.</summary>
    public const string SignedIn = "";
}
