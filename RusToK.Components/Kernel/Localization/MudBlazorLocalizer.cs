using Microsoft.Extensions.Localization;
using MudBlazor;

namespace RusToK.Components.Kernel.Localization;

/// <summary>Hands MudBlazor the platform's translations of its texts; a key without one falls back to MudBlazor's English.</summary>
public sealed class MudBlazorLocalizer(IStringLocalizer<MudBlazorStrings> strings) : MudLocalizer
{
    public override LocalizedString this[string key] => strings[key];

    public override LocalizedString this[string key, params object[] arguments] => strings[key, arguments];
}
