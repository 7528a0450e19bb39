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
        }).Build();
    }

    public CircuitState State => _state.CircuitState;

    public bool IsOpen => State is CircuitState.Open or CircuitState.Isolated;

    /// <summary>Runs the call, or throws <see cref="BrokenCircuitException"/> at once while the breaker is open.</summary>
    public async Task RunAsync(Func<CancellationToken, Task> call, CancellationToken ct) =>
        await _pipeline.ExecuteAsync(async token => await call(token), ct);
}
