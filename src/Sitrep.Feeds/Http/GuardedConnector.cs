using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Sitrep.Feeds.Http;

/// <summary>
/// The connect step of every HTTP connection: resolves the host, checks each address against the rule and connects
/// to an allowed one, so the address checked is the address connected to (no gap for DNS rebinding). Redirects open
/// new connections, so every hop passes through here.
/// </summary>
public sealed class GuardedConnector(AddressRule rule)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, ct).ConfigureAwait(false);
        var allowed = new List<IPAddress>();
        string? refusal = null;
        foreach (var address in addresses)
        {
            var why = rule(address);
            if (why is null)
            {
                allowed.Add(address);
            }
            else
            {
                var what = literal is null ? $"{host} is {address}," : $"{host} is";
                refusal ??= $"refused: {what} {why} (--allow-private allows it)";
            }
        }

        if (allowed.Count == 0)
        {
            throw new BlockedAddressException(refusal ?? $"refused: {host} has no address");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed.ToArray(), context.DnsEndPoint.Port, ct).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
