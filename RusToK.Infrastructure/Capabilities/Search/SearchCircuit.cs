using Polly;
using Polly.CircuitBreaker;

namespace RusToK.Infrastructure.Capabilities.Search;

/// <summary>
/// The breaker around the search engine: after repeated failures the projection stops calling it for a while (the
/// queue keeps the work) and tries one call when the break ends. Its state is what health and the admin report.
/// </summary>
public sealed class SearchCircuit
{
    private readonly CircuitBreakerStateProvider _state = new();
    private readonly ResiliencePipeline _pipeline;
    private DateTime _pausedUntil;

    public SearchCircuit(TimeSpan? breakFor = null)
    {
        _pipeline = new ResiliencePipelineBuilder().AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = 2,
            SamplingDuration = TimeSpan.FromSeconds(30),
            BreakDuration = breakFor ?? TimeSpan.FromSeconds(15),
            StateProvider = _state,
            ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
            OnOpened = args =>
            {
                _pausedUntil = DateTime.UtcNow + args.BreakDuration;
                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    public CircuitState State => _state.CircuitState;

    /// <summary>
    /// Whether calls are refused right now. Polly moves an open breaker to half-open only when a call is tried, so an
    /// open breaker whose pause is over counts as closed here: otherwise the projection would never try that call.
    /// </summary>
    public bool IsOpen => State == CircuitState.Isolated || (State == CircuitState.Open && DateTime.UtcNow < _pausedUntil);

    /// <summary>Runs the call, or throws <see cref="BrokenCircuitException"/> at once while the breaker is open.</summary>
    public async Task RunAsync(Func<CancellationToken, Task> call, CancellationToken ct) =>
        await _pipeline.ExecuteAsync(async token => await call(token), ct);
}
