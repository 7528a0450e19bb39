namespace RusToK.Domain.Modules.Content;

/// <summary>A type no module defines (<c>article</c>, or any name an API client uses): listed in the content list, with no reader address.</summary>
public sealed class UntypedContent(string type) : IContentTypeDefinition
{
    public string Type => type;

    public string Module => ContentModule.ModuleName;

    public string DisplayName => type;

    public string ListTitle => "Content";

    public string AdminListPath => $"admin/content?type={Uri.EscapeDataString(type)}";

    public string AddressPrefix => "/";

    public string? RefusedAddress(string slug, Guid? parentId) => null;

    public Task<string?> ReaderPathAsync(ContentItem item, CancellationToken ct = default) => Task.FromResult<string?>(null);
}
