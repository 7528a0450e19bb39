using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RusToK.Components.Kernel.Localization;

/// <summary>
/// Every module keeps its translations in its own folder; a localizer looks in its own set first, then in the
/// platform's shared set, then in every other module's, so a text shared across modules (a domain message shown
/// by a dependent module's page) is translated wherever it appears and no module edits another's file.
/// </summary>
public sealed class ModularStringLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggers, IEnumerable<ModuleStrings> modules)
    : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory _resources = new(options, loggers);
    private readonly IReadOnlyList<Type> _sets = [typeof(SharedResource), .. modules.Select(m => m.Resource).Distinct()];
    private readonly ConcurrentDictionary<Type, IStringLocalizer> _localizers = new();

    // One per resource type for the life of the app: components ask for a localizer every time they are created.
    public IStringLocalizer Create(Type resourceSource) => _localizers.GetOrAdd(resourceSource, type =>
        new LayeredStringLocalizer(_sets.Where(t => t != type).Prepend(type).Select(_resources.Create).ToList()));

    public IStringLocalizer Create(string baseName, string location) => _resources.Create(baseName, location);
}
