using Microsoft.Extensions.Localization;

namespace RusToK.Components.Modules.Content;

/// <summary>
/// Every word the visual editor's script shows (slash menu, toolbar, placeholder), in the admin's language: the
/// script has none of its own. The keys are the ones tools/editor/src reads from <c>labels</c>.
/// </summary>
public static class EditorLabels
{
    public static Dictionary<string, string> For(IStringLocalizer<ContentStrings> l) => new()
    {
        ["placeholder"] = l["Write, or type / to add a block…"],
        ["editorLabel"] = l["Text editor"],
        ["slashMenuLabel"] = l["Insert a block"],
        ["heading2"] = l["Heading"],
        ["heading3"] = l["Subheading"],
        ["bulletList"] = l["Bulleted list"],
        ["orderedList"] = l["Numbered list"],
        ["quote"] = l["Quote"],
        ["codeBlock"] = l["Code block"],
        ["divider"] = l["Divider"],
        ["image"] = l["Image from the library"],
        ["embed"] = l["Video or link card"],
        ["noMatches"] = l["No such block"],
        ["toolbarLabel"] = l["Text formatting"],
        ["bold"] = l["Bold"],
        ["italic"] = l["Italic"],
        ["link"] = l["Link"],
        ["code"] = l["Code"],
        ["videoOn"] = l["Watch on {0}"],
        ["uploadFailed"] = l["The image could not be uploaded: {0}"],
    };
}
