using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Schakel.IntegrationTests.Mail;

/// <summary>
/// A real SMTP server in the test process: it receives what Schakel sends over the network, can be taken down and
/// brought back on the same port (a relay that is away for a while), and can refuse every message.
/// </summary>
public sealed class TestMailbox : IDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private CancellationTokenSource? _running;
    private Task? _server;

    public int Port { get; } = FreePort();

    /// <summary>When set, every message is answered with 554 "transaction failed".</summary>
    public bool Refusing { get; set; }

    public IReadOnlyList<MimeMessage> Received => [.. _received];

    public TestMailbox Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("test-relay")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _running = new CancellationTokenSource();
        _server = new SmtpServer.SmtpServer(options, services).StartAsync(_running.Token);
        return this;
    }

    public void Stop()
    {
        _running?.Cancel();
        try { _server?.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _running?.Dispose();
        _running = null;
    }

    public IReadOnlyList<MimeMessage> To(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Waits until a received message matches, or fails the test after <paramref name="seconds"/>.</summary>
    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, int seconds = 30)
    {
        if (await Poll.UntilAsync(() => Task.FromResult(Received.Any(match)), seconds, everyMilliseconds: 100))
        {
            return Received.First(match);
        }
        throw new TimeoutException($"No matching message within {seconds} s; received: {string.Join(" | ", Received.Select(m => m.To + ": " + m.Subject))}");
    }

    public void Dispose() => Stop();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(TestMailbox box) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (box.Refusing)
            {
                return SmtpResponse.TransactionFailed;
            }
            await using var stream = new MemoryStream(buffer.ToArray());
            box._received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
