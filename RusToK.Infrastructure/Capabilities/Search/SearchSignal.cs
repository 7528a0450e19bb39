using RusToK.Domain.Capabilities.Search;
using RusToK.Infrastructure.Kernel.Jobs;

namespace RusToK.Infrastructure.Capabilities.Search;

/// <summary>Wakes the projection when work is queued; a burst of changes coalesces into one pass.</summary>
public sealed class SearchSignal : WakeUpSignal, ISearchSignal;
