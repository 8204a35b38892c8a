using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DeFarm.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A webhook receiver on loopback: records every request (method, path, headers, exact body bytes) and answers
/// with the status codes scripted by <see cref="AnswerNext"/>, then 200.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private WebApplication _app = null!;
    private readonly ConcurrentQueue<int> _script = new();
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    /// <summary>The receiver's base address, <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<ReceivedWebhook> Received => _received.ToList();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        (receiver._app, receiver.BaseAddress) = await LoopbackServer.StartAsync(app => app.Run(receiver.ReceiveAsync));
        return receiver;
    }

    /// <summary>A URL of this receiver.</summary>
    public string UrlOf(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>The statuses of the next answers, in order; after them every request gets 200.</summary>
    public void AnswerNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _script.Enqueue(status);
        }
    }

    public void Reset()
    {
        _script.Clear();
        _received.Clear();
    }

    /// <summary>Waits until <paramref name="count"/> requests arrived (polling, never longer than <paramref name="timeout"/>).</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        await Eventually.HoldsAsync(() => _received.Count >= count, timeout, $"{count} webhook requests");
        return Received;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ReceiveAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var status = _script.TryDequeue(out var scripted) ? scripted : StatusCodes.Status200OK;
        _received.Enqueue(new ReceivedWebhook(
            context.Request.Method,
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body.ToArray(),
            status));
        context.Response.StatusCode = status;
    }
}

/// <param name="AnsweredStatus">What the receiver answered this request.</param>
public sealed record ReceivedWebhook(
    string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[] Body, int AnsweredStatus);
