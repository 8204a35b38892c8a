using System.Diagnostics;
using System.Net.Sockets;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Settings;
using DeFarm.Domain.Webhooks;

namespace DeFarm.Infrastructure.Webhooks;

/// <summary>
/// Sends webhook calls over a client whose every connection goes through <see cref="ConnectAsync"/>: the host is
/// resolved once, checked by <see cref="WebhookAddressGuard"/>, and the socket connects to exactly the checked
/// addresses, so a DNS answer that changes between the check and the connection (DNS rebinding) cannot lead it
/// inside. No proxy, no redirects (a redirect is a failed attempt).
/// </summary>
internal sealed class GuardedWebhookSender(IHttpClientFactory clients, WebhookSettings settings) : IWebhookSender
{
    public const string ClientName = "webhooks";
    private const string UserAgent = "DeFarm-Webhooks/1.0";

    public static SocketsHttpHandler CreateHandler(WebhookAddressGuard guard) => new()
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectCallback = (context, cancellationToken) => ConnectAsync(guard, context, cancellationToken),
    };

    public async Task<WebhookAttemptOutcome> SendAsync(WebhookCall call, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Url)
        {
            Content = new ByteArrayContent(call.Body),
        };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        request.Headers.UserAgent.ParseAdd(UserAgent);
        foreach (var (name, value) in call.Headers)
        {
            request.Headers.Remove(name);
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.AttemptTimeout);
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await clients.CreateClient(ClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return new WebhookAttemptOutcome((int)response.StatusCode, clock.Elapsed, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookAttemptOutcome(null, clock.Elapsed, $"No answer within {settings.AttemptTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException failure)
        {
            return new WebhookAttemptOutcome(null, clock.Elapsed, Describe(failure));
        }
    }

    private static async ValueTask<Stream> ConnectAsync(
        WebhookAddressGuard guard, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await guard.ResolveCallableAsync(context.DnsEndPoint.Host, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static string Describe(HttpRequestException failure)
    {
        for (Exception? cause = failure; cause is not null; cause = cause.InnerException)
        {
            if (cause is WebhookAddressRejectedException rejected)
            {
                return $"Refused to connect: {rejected.Message}";
            }
        }

        return failure.InnerException is SocketException socket
            ? $"Connection failed: {socket.SocketErrorCode}"
            : $"Request failed: {failure.Message}";
    }
}
