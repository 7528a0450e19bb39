namespace RusToK.Components.Modules.Content;

/// <summary>What the editor chose when someone else saved first.</summary>
public enum ConflictChoice
{
    TakeTheirs,
    KeepMine,
}
