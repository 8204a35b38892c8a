using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using DeFarm.Application.Common.Interfaces;

namespace DeFarm.Api.IntegrationTests.Infrastructure;

/// <summary>
/// A minimal SMTP server on loopback that accepts every mail and keeps it, so tests exercise the real SMTP
/// sender and can read what users would receive (reset links).
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<EmailMessage> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _acceptLoop;

    public FakeSmtpServer()
    {
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public IReadOnlyList<EmailMessage> Sent => _received.ToList();

    public void Clear() => _received.Clear();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for a client.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var connection = client;
        await using var stream = connection.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 fake-smtp ready");
        string? recipient = null;
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
            switch (command)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 fake-smtp");
                    break;
                case "RCPT":
                    recipient = line[(line.IndexOf('<') + 1)..line.IndexOf('>')];
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    _received.Enqueue(Parse(recipient ?? string.Empty, await ReadDataAsync(reader)));
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    private static async Task<List<string>> ReadDataAsync(StreamReader reader)
    {
        var lines = new List<string>();
        while (await reader.ReadLineAsync() is { } line && line != ".")
        {
            lines.Add(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line);
        }

        return lines;
    }

    private static EmailMessage Parse(string recipient, List<string> lines)
    {
        var separator = lines.IndexOf(string.Empty);
        var headers = lines[..separator];
        var body = string.Join("\r\n", lines[(separator + 1)..]);
        string Header(string name) => headers
            .FirstOrDefault(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim()
            ?? string.Empty;

        var text = Header("Content-Transfer-Encoding").ToLowerInvariant() switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(body)),
            "quoted-printable" => DecodeQuotedPrintable(body),
            _ => body,
        };
        return new EmailMessage(recipient, Header("Subject"), text);
    }

    private static string DecodeQuotedPrintable(string body)
    {
        var joined = body.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length)
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)joined[i]);
            }
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}
