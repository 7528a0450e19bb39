using Microsoft.AspNetCore.Components.Forms;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Kernel.Results;

namespace RusToK.Components.Capabilities.Media;

/// <summary>Streams files picked in the browser into the library, with the same size rule and messages as the API.</summary>
public static class MediaUploader
{
    public static async Task<OperationResult<MediaFile>> UploadAsync(MediaService media, IBrowserFile file)
    {
        if (file.Size > MediaService.MaxUploadBytes) return OperationResult.Invalid<MediaFile>("file", $"{file.Name}: {MediaService.TooLargeMessage}");
        await using var stream = file.OpenReadStream(MediaService.MaxUploadBytes);
        var result = await media.UploadAsync(stream, file.Name, null);
        return result.Succeeded ? result : OperationResult.Invalid<MediaFile>("file", string.Join(" ", result.Errors.Values.SelectMany(v => v)));
    }
}
