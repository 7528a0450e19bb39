using Microsoft.Extensions.Localization;
using RusToK.Components.Kernel.Localization;
using RusToK.Domain.Kernel.Results;

namespace RusToK.Components.Kernel.Shared;

/// <summary>Keeps a use case's field errors so each input can show its own message inline.</summary>
public sealed class FormErrors
{
    private IReadOnlyDictionary<string, string[]> _errors = new Dictionary<string, string[]>();

    public string? General { get; private set; }

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? For(string field) => _errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public void Clear()
    {
        _errors = new Dictionary<string, string[]>();
        General = null;
    }

    /// <summary>Takes a failed result's messages, in the reader's language; returns true when the result succeeded.</summary>
    public bool Take(OperationResult result, IStringLocalizer localizer)
    {
        result = localizer.Translate(result);
        _errors = result.Errors;
        General = result.Succeeded ? null : result.Failure == FailureKind.Validation ? null : result.Message;
        if (!result.Succeeded && result.Errors.ContainsKey("form")) General = For("form");
        return result.Succeeded;
    }
}
