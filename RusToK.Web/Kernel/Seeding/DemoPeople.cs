using RusToK.Domain.Kernel.Security;

namespace RusToK.Web.Kernel.Seeding;

/// <summary>The demo tenant's people: the editor who signs in, and two writers whose names the demo posts carry.</summary>
public static class DemoPeople
{
    public static DemoPerson Editor { get; } = new("editor@demo.local", "Demo Editor", BuiltInRoles.Editor, "Editor123!", "/demo/avatar-editor.svg",
        "Looks after the demo site: edits every post before it goes out and answers readers' letters.");

    public static DemoPerson Marta { get; } = new("marta@demo.local", "Marta Ruiz", BuiltInRoles.Editor, null, "/demo/avatar-marta.svg",
        "Head roaster. Twelve years of light roasts, one stubborn opinion on water temperature.");

    public static DemoPerson Ivan { get; } = new("ivan@demo.local", "Ivan Petrov", BuiltInRoles.Editor, null, "/demo/avatar-ivan.svg",
        "Barista and trainer. Writes the brewing guides and runs Thursday cuppings.");

    public static IReadOnlyList<DemoPerson> All { get; } = [Editor, Marta, Ivan];

    /// <summary>The platform administrator's own profile, shown on what they write on any site.</summary>
    public const string OperatorAvatar = "/demo/avatar-operator.svg";

    public const string OperatorBio = "Runs this RusToK installation.";
}
