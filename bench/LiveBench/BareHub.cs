using Microsoft.AspNetCore.SignalR;

namespace LiveBench;

/// <summary>The baseline: a hub with nothing behind it, broadcasting to every connection.</summary>
public sealed class BareHub : Hub;
