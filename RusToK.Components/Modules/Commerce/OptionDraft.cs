namespace RusToK.Components.Modules.Commerce;

/// <summary>An option being edited: its name and its values as typed, comma-separated ("250 g, 1 kg").</summary>
public sealed class OptionDraft
{
    public string Name { get; set; } = "";

    public string Values { get; set; } = "";

    public IReadOnlyList<string> ValueList => Values.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
