namespace RusToK.Components.Modules.Content;

/// <summary>The editor's clock for autosave: a tick every 20 seconds until the editor closes.</summary>
public sealed class DraftAutosave : IAsyncDisposable
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(20);

    private readonly CancellationTokenSource _closed = new();

    /// <summary>Starts ticking; <paramref name="tick"/> decides whether there is anything to save.</summary>
    public void Start(Func<CancellationToken, Task> tick) => _ = TickAsync(tick);

    public async ValueTask DisposeAsync()
    {
        await _closed.CancelAsync();
        _closed.Dispose();
    }

    private async Task TickAsync(Func<CancellationToken, Task> tick)
    {
        // Read once: the source is disposed when the editor closes, possibly while a tick is still running.
        var closed = _closed.Token;
        using var timer = new PeriodicTimer(Every);
        try
        {
            while (await timer.WaitForNextTickAsync(closed))
            {
                await tick(closed);
            }
        }
        catch (OperationCanceledException)
        {
            // The editor was closed.
        }
    }
}
