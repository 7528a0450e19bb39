using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RusToK.E2E.Tests;

/// <summary>
/// A hostile page on another origin: the same host on another port. That is the same site for SameSite cookies, so
/// the browser does send the session cookie along, and only the server's origin check stands in the way.
/// </summary>
public sealed class AttackerSite : IDisposable
{
    private readonly HttpListener _listener = new();

    public AttackerSite(string html)
    {
        Address = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _ = ServeAsync(Encoding.UTF8.GetBytes(html));
    }

    public Uri Address { get; }

    private async Task ServeAsync(byte[] page)
    {
        while (_listener.IsListening)
        {
            HttpListenerContext request;
            try
            {
                request = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            request.Response.ContentType = "text/html; charset=utf-8";
            await request.Response.OutputStream.WriteAsync(page);
            request.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose() => _listener.Close();
}
