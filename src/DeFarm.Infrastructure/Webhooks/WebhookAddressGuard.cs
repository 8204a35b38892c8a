using System.Net;
using System.Net.Sockets;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Settings;

namespace DeFarm.Infrastructure.Webhooks;

/// <summary>A webhook host that may not be called, and why.</summary>
internal sealed class WebhookAddressRejectedException(string reason) : Exception(reason);

/// <summary>
/// The SSRF rule of webhooks: a host is callable when it is listed in <c>Webhooks:AllowedHosts</c>, or when it
/// resolves and every address it resolves to is public (<see cref="InternalAddresses"/>). Used when a webhook
/// URL is given and again by the sender's connection callback, which connects only to the addresses checked here.
/// </summary>
internal sealed class WebhookAddressGuard(WebhookSettings settings) : IWebhookUrlGuard
{
    private readonly HashSet<string> _allowedHosts = new(settings.AllowedHosts, StringComparer.OrdinalIgnoreCase);

    public async Task<string?> FindRejectionAsync(Uri url, CancellationToken cancellationToken)
    {
        try
        {
            await ResolveCallableAsync(url.IdnHost, cancellationToken);
            return null;
        }
        catch (WebhookAddressRejectedException rejected)
        {
            return rejected.Message;
        }
    }

    /// <summary>The addresses to connect to for <paramref name="host"/>; throws when it may not be called.</summary>
    public async Task<IPAddress[]> ResolveCallableAsync(string host, CancellationToken cancellationToken)
    {
        var bareHost = host.Trim('[', ']');
        var addresses = await ResolveAsync(bareHost, cancellationToken);
        if (_allowedHosts.Contains(bareHost))
        {
            return addresses;
        }

        return addresses.FirstOrDefault(InternalAddresses.Contains) is { } internalAddress
            ? throw new WebhookAddressRejectedException(
                $"host '{bareHost}' resolves to {internalAddress}, a loopback, private, link-local or otherwise internal address")
            : addresses;
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal];
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
            return addresses.Length > 0 ? addresses : throw Unresolvable(host);
        }
        catch (SocketException)
        {
            throw Unresolvable(host);
        }
    }

    private static WebhookAddressRejectedException Unresolvable(string host) => new($"host '{host}' does not resolve");
}
