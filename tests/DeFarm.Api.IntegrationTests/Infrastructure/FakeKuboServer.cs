using System.Collections.Concurrent;
using DeFarm.Domain.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DeFarm.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A tiny stand-in for a Kubo (IPFS) node on loopback, speaking <c>POST /api/v0/add</c> as Kubo does for a
/// single-block file: it answers <c>{"Name","Hash","Size"}</c> with the raw-leaf CIDv1 of the uploaded bytes.
/// Tests script its next answers (<see cref="Enqueue"/>) to exercise failures, and read what it received.
/// </summary>
public sealed class FakeKuboServer : IAsyncDisposable
{
    private WebApplication _app = null!;
    private readonly ConcurrentQueue<KuboAnswer> _script = new();
    private readonly ConcurrentQueue<KuboRequest> _received = new();

    public enum KuboAnswer
    {
        Add,
        ServerError,
        BadRequest,
        NotJson,
        Hang,
    }

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<KuboRequest> Received => _received.ToList();

    public static async Task<FakeKuboServer> StartAsync()
    {
        var server = new FakeKuboServer();
        (server._app, server.Endpoint) = await LoopbackServer.StartAsync(app => app.MapPost("/api/v0/add", server.AddAsync));
        return server;
    }

    /// <summary>The next answers, in order; once they run out every upload is added normally.</summary>
    public void Enqueue(params KuboAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    public void Reset()
    {
        _script.Clear();
        _received.Clear();
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> AddAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        await using var file = form.Files.Single().OpenReadStream();
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var content = buffer.ToArray();
        _received.Enqueue(new KuboRequest(request.QueryString.Value ?? string.Empty, content));
        switch (_script.TryDequeue(out var answer) ? answer : KuboAnswer.Add)
        {
            case KuboAnswer.ServerError:
                return Results.Text("""{"Message":"blockstore unavailable","Code":0,"Type":"error"}""", "application/json", statusCode: 500);
            case KuboAnswer.BadRequest:
                return Results.Text("""{"Message":"unknown option","Code":1,"Type":"error"}""", "application/json", statusCode: 400);
            case KuboAnswer.NotJson:
                return Results.Text("<html>proxy error</html>", "text/html");
            case KuboAnswer.Hang:
                await Task.Delay(TimeSpan.FromSeconds(10), request.HttpContext.RequestAborted);
                return Results.StatusCode(504);
            default:
                return Results.Json(new Dictionary<string, string>
                {
                    ["Name"] = form.Files.Single().FileName, ["Hash"] = ContentId.Compute(content), ["Size"] = $"{content.Length}",
                });
        }
    }
}

public sealed record KuboRequest(string Query, byte[] Content);
