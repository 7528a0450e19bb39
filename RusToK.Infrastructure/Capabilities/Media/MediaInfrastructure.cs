using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Capabilities.Media;
using RusToK.Infrastructure.Kernel.Configuration;
using RusToK.Infrastructure.Kernel.Events;

namespace RusToK.Infrastructure.Capabilities.Media;

/// <summary>The media library's adapters: local-folder storage, signature sniffing, SkiaSharp variants and the background handler.</summary>
public static class MediaInfrastructure
{
    public static IServiceCollection AddMediaInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton<IMediaStorage>(sp => new LocalFolderMediaStorage(sp.GetRequiredService<RusToKPaths>().Media));
        services.AddSingleton<IMediaTypeSniffer, MagicNumberMediaTypeSniffer>();
        services.AddSingleton<Domain.Kernel.Text.IContentRenderer, MarkdownContentRenderer>();
        services.AddSingleton<IImageVariantGenerator, SkiaImageVariantGenerator>();
        services.AddScoped<MediaService>();
        services.AddEventHandlers<MediaVariantsHandler>();
        return services;
    }
}
