using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using DeFarm.Application.Common.Exceptions;
using Microsoft.Extensions.Logging;

namespace DeFarm.Infrastructure.Storage;

/// <summary>
/// The part of the Kubo HTTP RPC API DeFarm uses: <c>POST /api/v0/add?cid-version=1&amp;pin=true</c> (multipart
/// upload; the node answers <c>{"Name","Hash","Size"}</c>). Each attempt has its own timeout; timeouts,
/// connection failures, 429 and 5xx answers are retried with a doubling pause; other answers are not. When every
/// attempt failed, the upload is a 503 <c>ipfs_unavailable</c>.
/// </summary>
internal sealed partial class KuboClient(HttpClient http, IpfsSettings settings, ILogger<KuboClient> logger)
{
    /// <returns>The CID the node stored and pinned the content under.</returns>
    public async Task<string> AddAsync(byte[] content, CancellationToken cancellationToken)
    {
        var endpoint = settings.Endpoint ?? throw new InvalidOperationException("IPFS_ENDPOINT is not set.");
        var uri = new Uri(endpoint, "api/v0/add?cid-version=1&pin=true");
        var delay = settings.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            string failure;
            try
            {
                return await AttemptAddAsync(uri, content, cancellationToken);
            }
            catch (RetryableFailure retryable)
            {
                failure = retryable.Message;
            }

            LogFailedAttempt(logger, attempt, settings.RetryAttempts, failure);
            if (attempt >= settings.RetryAttempts)
            {
                throw Unavailable(failure);
            }

            await Task.Delay(delay, cancellationToken);
            delay *= 2;
        }
    }

    private async Task<string> AttemptAddAsync(Uri uri, byte[] content, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        using var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var form = new MultipartFormDataContent { { file, "file", "item.json" } };
        try
        {
            using var response = await http.PostAsync(uri, form, timeout.Token);
            if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
            {
                throw new RetryableFailure($"the node answered {(int)response.StatusCode}");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw Unavailable($"the node refused the upload ({(int)response.StatusCode})");
            }

            var added = await response.Content.ReadFromJsonAsync<AddResponse>(timeout.Token);
            return added?.Hash is { Length: > 0 } hash ? hash : throw Unavailable("the node's answer has no Hash");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RetryableFailure($"no answer within {settings.Timeout.TotalMilliseconds} ms");
        }
        catch (HttpRequestException exception)
        {
            throw new RetryableFailure(exception.Message);
        }
        catch (System.Text.Json.JsonException)
        {
            throw Unavailable("the node's answer is not JSON");
        }
    }

    /// <summary>How long clients are asked to wait before retrying a failed upload.</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private static ServiceUnavailableException Unavailable(string reason) =>
        new("ipfs_unavailable", $"IPFS upload failed: {reason}", RetryAfter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "IPFS upload attempt {Attempt} of {Attempts} failed: {Reason}")]
    private static partial void LogFailedAttempt(ILogger logger, int attempt, int attempts, string reason);

    private sealed record AddResponse([property: JsonPropertyName("Hash")] string? Hash);

    private sealed class RetryableFailure(string message) : Exception(message);
}
