using MudBlazor;

namespace RusToK.Components.Kernel.Shared;

/// <summary>One line to ask for confirmation before a destructive action.</summary>
public static class DialogExtensions
{
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirmText, Color color = Color.Error)
    {
        var parameters = new DialogParameters<ConfirmDialog>
        {
            { d => d.Title, title },
            { d => d.Message, message },
            { d => d.ConfirmText, confirmText },
            { d => d.ConfirmColor, color },
        };
        var dialog = await dialogs.ShowAsync<ConfirmDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false };
    }
}
