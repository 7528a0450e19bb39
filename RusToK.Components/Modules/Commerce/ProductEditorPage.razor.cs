using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using RusToK.Components.Kernel.Shared;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Components.Modules.Commerce;

/// <summary>Creates or edits a product with its options and variants; a conflicting save by someone else is reported, never overwritten.</summary>
public partial class ProductEditorPage
{
    private readonly FormErrors _errors = new();
    private ProductDraft _draft = new();
    private Product? _existing;
    private IReadOnlyList<ProductCategory> _categories = [];
    private ImagePicker? _picker;
    private bool _loaded;
    private bool _saving;

    [Parameter] public Guid? Id { get; set; }

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject] private ProductStaffQueries Products { get; set; } = default!;

    [Inject] private ProductEditingService Editing { get; set; } = default!;

    [Inject] private ProductCategoryService Categories { get; set; } = default!;

    [Inject] private TagService Tags { get; set; } = default!;

    [Inject] private IEnumerable<ImagePicker> Pickers { get; set; } = default!;

    [Inject] private IPermissionChecker Permissions { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    private string Heading => _existing is null ? L["New product"] : L["Edit product"];

    protected override async Task OnParametersSetAsync()
    {
        _categories = await Categories.ListAsync();
        var granted = await Permissions.GrantedAsync((await AuthState).User);
        _picker = Pickers.FirstOrDefault(p => granted.Contains(p.Permission));
        if (Id is { } id)
        {
            _existing = await Products.FindAsync(id);
            if (_existing is null)
            {
                Nav.NotFound();
                return;
            }

            _draft = ProductDraft.Of(_existing);
            _draft.Tags = string.Join(", ", (await Tags.ForEntityAsync(ProductEditingService.Ref(id))).Select(t => t.Name));
        }

        _loaded = true;
    }

    private void AddOption() => _draft.Options.Add(new OptionDraft());

    private void RemoveOption(OptionDraft option)
    {
        _draft.Options.Remove(option);
        Recombine();
    }

    private void Recombine() => _draft.Recombine();

    private async Task PickPictureAsync()
    {
        var dialog = await Dialogs.ShowAsync(_picker!.Dialog, L["Picture"], new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (_picker.UrlOf((await dialog.Result)?.Data) is { } url) _draft.ImageUrl = url;
    }

    private async Task SaveAsync()
    {
        _saving = true;
        _draft.Recombine();
        OperationResult<Product> result = _existing is null
            ? await Editing.CreateAsync(_draft.ToInput())
            : await Editing.UpdateAsync(_existing.Id, _draft.ToInput(), _existing.ConcurrencyStamp);
        _saving = false;
        if (!_errors.Take(result, L)) return;
        Snackbar.Add(L["Saved."], Severity.Success);
        if (_existing is null) Nav.NavigateTo($"admin/shop/products/{result.Value!.Id}");
        else _existing = await Products.FindAsync(_existing.Id);
    }
}
