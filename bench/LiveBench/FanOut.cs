using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace LiveBench;

/// <summary>N connections to one hub; each round, the time from sending a message until each connection has it.</summary>
public sealed class FanOut(int clients) : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private readonly List<double> _latencies = [];
    private readonly Lock _gate = new();
    private long _sentAt;
    private int _heard;
    private TaskCompletionSource? _round;

    public IReadOnlyList<double> Latencies => _latencies;

    /// <summary>Rounds before this are warm-up (JIT, first sends): they are not reported.</summary>
    public void Forget()
    {
        lock (_gate) _latencies.Clear();
    }

    public async Task ConnectAsync(Uri hub, string? token)
    {
        for (var i = 0; i < clients; i++)
        {
            var connection = new HubConnectionBuilder().WithUrl(hub, o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                if (token is not null) o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            }).Build();
            connection.On<string>("changed", _ => Heard());
            await connection.StartAsync();
            _connections.Add(connection);
        }
    }

    /// <summary>Sends one message and waits until every connection heard it (or 10 s passed).</summary>
    public async Task RoundAsync(Action send)
    {
        _heard = 0;
        _round = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _sentAt = Stopwatch.GetTimestamp();
        send();
        await Task.WhenAny(_round.Task, Task.Delay(TimeSpan.FromSeconds(10)));
        if (!_round.Task.IsCompleted) throw new TimeoutException($"only {_heard} of {clients} connections heard the message");
    }

    private void Heard()
    {
        var ms = Stopwatch.GetElapsedTime(_sentAt).TotalMilliseconds;
        lock (_gate) _latencies.Add(ms);
        if (Interlocked.Increment(ref _heard) == clients) _round?.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections) await connection.DisposeAsync();
    }
}
