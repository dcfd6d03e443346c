using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Events.RabbitMq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace FitSaaS.Domain.Tests.Framework.Events;

[EventName("Tests.RabbitThing.v1")]
public sealed record RabbitThingEto(string Name, int Number);

[EventName("Tests.OtherRabbitThing.v2")]
public sealed record OtherRabbitThingEto(Guid Id);

/// <summary>The receiver double: records every call, with its time; <see cref="Behaviour"/> decides the outcome.</summary>
public sealed class RecordingReceiver : IDistributedEventReceiver
{
    private int _running;
    private int _maxRunning;

    public ConcurrentQueue<(DistributedEventEnvelope Envelope, DateTime At)> Calls { get; } = new();

    /// <summary>Called with the envelope and the 1-based call number of its message id; throw to fail the attempt.</summary>
    public Func<DistributedEventEnvelope, int, Task> Behaviour { get; set; } = (_, _) => Task.CompletedTask;

    public int MaxRunning => Volatile.Read(ref _maxRunning);

    public int Running => Volatile.Read(ref _running);

    public int CallsOf(Guid messageId) => Calls.Count(c => c.Envelope.MessageId == messageId);

    public async Task ReceiveAsync(DistributedEventEnvelope envelope, CancellationToken cancellationToken = default)
    {
        var running = Interlocked.Increment(ref _running);
        int max;
        while ((max = Volatile.Read(ref _maxRunning)) < running && Interlocked.CompareExchange(ref _maxRunning, running, max) != max)
        {
        }

        try
        {
            Calls.Enqueue((envelope, DateTime.UtcNow));
            await Behaviour(envelope, CallsOf(envelope.MessageId));
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }
}

/// <summary>The dead-letter store double.</summary>
public sealed class RecordingDeadLetterStore : IDistributedEventDeadLetterStore
{
    public ConcurrentQueue<(DistributedEventEnvelope Envelope, string Error, int Attempts)> Entries { get; } = new();

    public Task AddAsync(DistributedEventEnvelope envelope, string error, int attempts, CancellationToken cancellationToken = default)
    {
        Entries.Enqueue((envelope, error, attempts));
        return Task.CompletedTask;
    }
}

/// <summary>A RabbitMQ endpoint from a <c>host=…;port=…;user=…;password=…</c> line (what etc/scripts/rabbitmq.sh prints).</summary>
public sealed record RabbitMqEndpoint(string Host, int Port, string User, string Password)
{
    public const string SkipReason = "needs a RabbitMQ node: set FitSaaS_Test__RabbitMQ to the line etc/scripts/rabbitmq.sh start prints (etc/scripts/test.sh does)";

    /// <summary>The shared test node, or null (tests skip).</summary>
    public static RabbitMqEndpoint? Shared => Environment.GetEnvironmentVariable("FitSaaS_Test__RabbitMQ") is { Length: > 0 } line ? Parse(line) : null;

    public static RabbitMqEndpoint Parse(string line)
    {
        var parts = line.Trim().Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : "", StringComparer.OrdinalIgnoreCase);
        return new RabbitMqEndpoint(parts["host"], int.Parse(parts["port"], System.Globalization.CultureInfo.InvariantCulture), parts["user"], parts["password"]);
    }

    public RabbitMqEventBusOptions Options(string clientName) => new()
    {
        HostName = Host,
        Port = Port,
        UserName = User,
        Password = Password,
        ClientName = clientName,
        ExchangeName = clientName + ".exchange",
        PublishTimeout = TimeSpan.FromSeconds(3),
        ConnectTimeout = TimeSpan.FromSeconds(2),
        ReconnectDelay = TimeSpan.FromMilliseconds(250),
    };

    public Task<IConnection> ConnectAsync() =>
        new ConnectionFactory { HostName = Host, Port = Port, UserName = User, Password = Password, ClientProvidedName = "FitSaaS tests" }.CreateConnectionAsync();
}

/// <summary>The transport and consumer wired as the application does, with test doubles for the receiver and dead-letter store.</summary>
public sealed class RabbitMqTestBus : IAsyncDisposable
{
    private RabbitMqTestBus(ServiceProvider provider, RabbitMqEventBusOptions options)
    {
        Provider = provider;
        Options = options;
    }

    public ServiceProvider Provider { get; }

    public RabbitMqEventBusOptions Options { get; }

    public RecordingReceiver Receiver => Provider.GetRequiredService<RecordingReceiver>();

    public RecordingDeadLetterStore DeadLetters => Provider.GetRequiredService<RecordingDeadLetterStore>();

    public RabbitMqDistributedEventTransport Transport => Provider.GetRequiredService<RabbitMqDistributedEventTransport>();

    public RabbitMqDistributedEventConsumer Consumer => Provider.GetRequiredService<RabbitMqDistributedEventConsumer>();

    public DistributedEventTypeList EventTypes { get; } = new DistributedEventTypeList().Add<RabbitThingEto>().Add<OtherRabbitThingEto>();

    public static string NewClientName() => "fitsaas-test-" + Guid.NewGuid().ToString("N")[..10];

    public static RabbitMqTestBus Create(RabbitMqEventBusOptions options, int maxDeliveryAttempts = 3, TimeSpan? firstRetryDelay = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.Configure<DistributedEventOptions>(o => o.EventTypes.Add<RabbitThingEto>().Add<OtherRabbitThingEto>());
        services.Configure<DistributedEventBusOptions>(o =>
        {
            o.MaxDeliveryAttempts = maxDeliveryAttempts;
            o.FirstRetryDelay = firstRetryDelay ?? TimeSpan.FromMilliseconds(200);
        });
        services.AddSingleton<RecordingReceiver>();
        services.AddSingleton<IDistributedEventReceiver>(sp => sp.GetRequiredService<RecordingReceiver>());
        services.AddSingleton<RecordingDeadLetterStore>();
        services.AddSingleton<IDistributedEventDeadLetterStore>(sp => sp.GetRequiredService<RecordingDeadLetterStore>());
        services.AddFitSaaSRabbitMqEventBus(options);
        return new RabbitMqTestBus(services.BuildServiceProvider(), options);
    }

    public DistributedEventEnvelope NewEnvelope(string name = "thing", int number = 1, Guid? tenantId = null) =>
        DistributedEventEnvelope.Create(EventTypes, new RabbitThingEto(name, number), Guid.NewGuid(), tenantId, "corr-" + number, DateTime.UtcNow);

    public async Task StartConsumerAsync()
    {
        await Consumer.StartAsync(CancellationToken.None);
        await RabbitMqWait.UntilAsync(() => Consumer.IsConsuming, TimeSpan.FromSeconds(20), "the consumer to subscribe");
    }

    public async ValueTask DisposeAsync()
    {
        await Consumer.StopAsync(CancellationToken.None);
        await Provider.DisposeAsync();
    }

    /// <summary>Deletes the test's queues and exchange (best effort).</summary>
    public async Task DeleteTopologyAsync(RabbitMqEndpoint endpoint, DistributedEventBusOptions retry)
    {
        await using var connection = await endpoint.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var queue in new[] { Options.ClientName, Options.DeadLetterQueueName }
                     .Concat(Enumerable.Range(1, retry.MaxDeliveryAttempts).Select(a => Options.RetryQueueName(retry.GetRetryDelay(a)))))
        {
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
        }

        await channel.ExchangeDeleteAsync(Options.ExchangeName, ifUnused: false);
    }
}

public static class RabbitMqWait
{
    public static async Task UntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0.#} s for {what}.");
            }

            await Task.Delay(25);
        }
    }

    public static async Task<uint> ReadyCountAsync(RabbitMqEndpoint endpoint, string queue)
    {
        await using var connection = await endpoint.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }

    public static async Task<List<BasicGetResult>> DrainAsync(RabbitMqEndpoint endpoint, string queue)
    {
        await using var connection = await endpoint.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var results = new List<BasicGetResult>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } result)
        {
            results.Add(result);
        }

        return results;
    }
}

/// <summary>A RabbitMQ node of the test's own, run through etc/scripts/rabbitmq.sh on free loopback ports (so it can be stopped and restarted).</summary>
public sealed class RabbitMqNode : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "fitsaas-rabbit-test-" + Guid.NewGuid().ToString("N")[..8]);

    public int Port { get; } = FitSaaS.Testing.LoopbackPorts.FreeTriple();

    public RabbitMqEndpoint? Endpoint { get; private set; }

    public async Task StartAsync() => Endpoint = RabbitMqEndpoint.Parse(await RunAsync("start"));

    public Task StopKeepingDataAsync() => RunAsync("stop-keep");

    public async Task StartKeptAsync() => Endpoint = RabbitMqEndpoint.Parse(await RunAsync("start-keep"));

    public async ValueTask DisposeAsync() => await RunAsync("stop");

    private async Task<string> RunAsync(string command)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ScriptPath());
        start.ArgumentList.Add(command);
        start.Environment["FITSAAS_RABBITMQ_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["FITSAAS_RABBITMQ_DIR"] = _directory;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmq.sh {command} failed ({process.ExitCode}): {await stderr}");
        }

        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
    }

    private static string ScriptPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "etc", "scripts", "rabbitmq.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("etc/scripts/rabbitmq.sh not found above " + AppContext.BaseDirectory);
    }


}
