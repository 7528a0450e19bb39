using RusToK.Domain.Kernel.Events;
using RusToK.Infrastructure.Kernel.Jobs;

namespace RusToK.Infrastructure.Kernel.Events;

/// <summary>Wakes the relay after each commit; a burst of commits coalesces into one relay pass.</summary>
public sealed class OutboxSignal : WakeUpSignal, IOutboxSignal;
