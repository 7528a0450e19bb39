namespace RusToK.Domain.Capabilities.Search;

/// <summary>The circuit breaker around the engine, as an admin reads it.</summary>
public enum SearchEngineState
{
    /// <summary>Writes and queries go through.</summary>
    Working,

    /// <summary>The engine failed repeatedly: the projection waits (the queue keeps the work) and tries again shortly.</summary>
    Paused,

    /// <summary>The pause ended: one call is testing whether the engine is back.</summary>
    Testing,
}
