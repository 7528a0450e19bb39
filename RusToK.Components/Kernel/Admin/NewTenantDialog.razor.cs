using Microsoft.AspNetCore.Components;
using MudBlazor;
using RusToK.Components.Kernel.Shared;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Components.Kernel.Admin;

public sealed partial class NewTenantDialog
{
    private const int LastStep = 2;

    // Which step shows each field, so a refusal at the end goes back to where it can be put right.
    private static readonly Dictionary<string, int> StepOfField = new(StringComparer.Ordinal)
    {
        ["name"] = 0,
        ["slug"] = 0,
        ["hosts"] = 0,
        ["template"] = 1,
        ["modules"] = 1,
    };

    private readonly FormErrors _errors = new();
    private int _step;
    private string _name = "";
    private string _slug = "";
    private bool _slugTyped;
    private string _hosts = "";
    private string? _template;
    private OwnerChoice _owner = OwnerChoice.Invite;
    private string _ownerEmail = "";
    private string _ownerName = "";
    private string _ownerPassword = "";
    private bool _busy;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    private string PlatformBase => PlatformAddress.Of(Nav.BaseUri, TenantContext.Current?.Slug);

    private string SiteAddress => $"{PlatformBase}t/{(_slug.Length > 0 ? _slug : "…")}/";

    protected override void OnInitialized() => _template = Catalog.Templates.FirstOrDefault()?.Id;

    // The slug follows the name until the person types one of their own.
    private void NameChanged(string value)
    {
        _name = value;
        if (!_slugTyped) _slug = TenantSlug.Suggest(value);
    }

    private void SlugChanged(string value)
    {
        _slug = value;
        _slugTyped = value.Length > 0;
    }

    private string NamesOf(IEnumerable<string> modules) =>
        string.Join(", ", modules.Select(m => Catalog.Find(m) is { } module ? L[module.DisplayName].Value : m));

    private TenantInput Input() => new(_slug.Trim(), _name, _hosts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private TenantOwner? Owner() => _owner switch
    {
        OwnerChoice.Invite => new TenantOwner(_ownerEmail, _ownerName),
        OwnerChoice.Password => new TenantOwner(_ownerEmail, _ownerName, _ownerPassword),
        _ => null,
    };

    private async Task NextAsync()
    {
        if (_step == 0)
        {
            _busy = true;
            var checkedInput = await Tenants.CheckNewAsync(Input());
            _busy = false;
            if (!_errors.Take(checkedInput, L)) return;
        }

        _errors.Clear();
        _step++;
    }

    private async Task CreateAsync()
    {
        _busy = true;
        var owner = Owner();
        OperationResult result = await Tenants.CreateAsync(Input(), new TenantSetup(_template, Owner: owner, SiteAddress: PlatformBase));
        _busy = false;
        if (!_errors.Take(result, L))
        {
            _step = result.Errors.Keys.Select(f => StepOfField.GetValueOrDefault(f, LastStep)).DefaultIfEmpty(_step).Min();
            return;
        }

        Snackbar.Add(owner is { Password: null } ? L["Site “{0}” created. Invitation sent to {1}.", _name.Trim(), owner.Email.Trim()] : L["Site “{0}” created.", _name.Trim()], Severity.Success);
        Dialog.Close(DialogResult.Ok(true));
    }
}
