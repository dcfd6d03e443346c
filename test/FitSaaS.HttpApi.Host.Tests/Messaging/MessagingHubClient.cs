using System.Threading.Channels;
using FitSaaS.Messaging;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace FitSaaS.HttpApi.Host.Tests.Messaging;

/// <summary>
/// A connection of the official .NET SignalR client to the Messaging hub of a host, recording every call of the
/// <see cref="MessagingHubMethods"/> as (method, JSON payload) in arrival order.
/// </summary>
public sealed class MessagingHubClient : IAsyncDisposable
{
    private readonly Channel<(string Method, string Json)> _received = Channel.CreateUnbounded<(string, string)>();
    private readonly TaskCompletionSource<Exception?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private MessagingHubClient(HubConnection connection)
    {
        Connection = connection;
        foreach (var method in new[] { MessagingHubMethods.NotificationReceived, MessagingHubMethods.MessageReceived, MessagingHubMethods.UnreadCountsChanged })
        {
            connection.On<System.Text.Json.JsonElement>(method, payload => _received.Writer.TryWrite((method, payload.GetRawText())));
        }

        connection.Closed += error =>
        {
            _closed.TrySetResult(error);
            return Task.CompletedTask;
        };
    }

    /// <summary>The underlying connection.</summary>
    public HubConnection Connection { get; }

    /// <summary>Completes when the server closes the connection.</summary>
    public Task<Exception?> Closed => _closed.Task;

    /// <summary>Connects to <c>{baseAddress}hubs/messaging</c> over WebSockets with <paramref name="accessToken"/> (none when null).</summary>
    public static async Task<MessagingHubClient> ConnectAsync(Uri baseAddress, string? accessToken, CancellationToken cancellationToken)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, MessagingHubEndpoints.Path.TrimStart('/')), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                if (accessToken is not null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
                }
            })
            .Build();
        var client = new MessagingHubClient(connection);
        try
        {
            await connection.StartAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        // SignalR answers the handshake before the hub's OnConnectedAsync has joined the connection's groups, and handles
        // invocations only after it: one round trip (to a method the hub does not have) waits until the groups are joined,
        // or until the hub refused the connection.
        try
        {
            await connection.InvokeAsync("Ready", cancellationToken);
        }
        catch (HubException)
        {
        }
        catch (Exception exception) when (exception is InvalidOperationException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
        }

        return client;
    }

    /// <summary>The next call received, or null when none arrives within <paramref name="timeout"/>.</summary>
    public async Task<(string Method, string Json)?> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            return await _received.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The next call of <paramref name="method"/> (skipping others), or null when none arrives within <paramref name="timeout"/>.</summary>
    public async Task<string?> NextOfAsync(string method, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await NextAsync(deadline - DateTime.UtcNow) is not { } call)
            {
                return null;
            }

            if (call.Method == method)
            {
                return call.Json;
            }
        }

        return null;
    }

    /// <summary>Every call received so far and not read yet.</summary>
    public IReadOnlyList<(string Method, string Json)> Drain()
    {
        var list = new List<(string, string)>();
        while (_received.Reader.TryRead(out var call))
        {
            list.Add(call);
        }

        return list;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
