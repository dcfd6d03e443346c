#:project ../../src/framework/FitSaaS.Framework/FitSaaS.Framework.csproj
#:property PublishAot=false
#:property NoWarn=$(NoWarn);CA1050;CS1591;CA1515;CA1812;CA2007;CA1849;CA1031

// Throughput of the RabbitMQ transport of the distributed event bus (issue 5 §6c, transport part): (1) sends with
// publisher confirms per second (persistent messages into a durable queue, PublisherChannels channels); (2) end-to-end
// messages per second: sent with confirms, consumed with manual acks (prefetch 16, concurrency 4) by a receiver that
// only counts. Each run uses its own queue and exchange and deletes them. Run:
//   FITSAAS_RABBITMQ_PORT=56672 FITSAAS_RABBITMQ_DIR=/tmp/fitsaas-rabbitmq bash etc/scripts/rabbitmq.sh start | tail -n1  # the line below
//   BENCH_RABBITMQ="host=127.0.0.1;port=56672;user=fitsaas;password=…" dotnet run -c Release etc/bench/RabbitMqBenchmark.cs
// Env: BENCH_MESSAGES (default 20000), BENCH_CONCURRENCY (concurrent sends, default 64).
using System.Collections.Concurrent;
using System.Diagnostics;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Events.RabbitMq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

var line = Environment.GetEnvironmentVariable("BENCH_RABBITMQ") ?? throw new InvalidOperationException("set BENCH_RABBITMQ to the last line of etc/scripts/rabbitmq.sh start");
var parts = line.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
var messages = int.Parse(Environment.GetEnvironmentVariable("BENCH_MESSAGES") ?? "20000", System.Globalization.CultureInfo.InvariantCulture);
var concurrency = int.Parse(Environment.GetEnvironmentVariable("BENCH_CONCURRENCY") ?? "64", System.Globalization.CultureInfo.InvariantCulture);

RabbitMqEventBusOptions Options(string client) => new()
{
    HostName = parts["host"], Port = int.Parse(parts["port"], System.Globalization.CultureInfo.InvariantCulture),
    UserName = parts["user"], Password = parts["password"], ClientName = client, ExchangeName = client + ".exchange",
};

var types = new DistributedEventTypeList().Add<BenchEto>();
Console.WriteLine($"RabbitMQ transport benchmark: {messages} messages, {concurrency} concurrent sends, {Environment.ProcessorCount} cores");

// (1) publish with confirms, nobody consuming.
var publishRate = await RunAsync("publish", consume: false);
// (2) end to end.
var endToEndRate = await RunAsync("end-to-end", consume: true);
Console.WriteLine($"RESULT publish-with-confirm: {publishRate:0} msg/s; end-to-end (confirm → consume → ack): {endToEndRate:0} msg/s");

async Task<double> RunAsync(string name, bool consume)
{
    var client = "fitsaas-bench-" + Guid.NewGuid().ToString("N")[..8];
    var counter = new CountingReceiver();
    var services = new ServiceCollection();
    services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddSimpleConsoleIfAvailable());
    services.Configure<DistributedEventOptions>(o => o.EventTypes.Add<BenchEto>());
    services.AddSingleton<IDistributedEventReceiver>(counter);
    var options = Options(client);
    services.AddFitSaaSRabbitMqEventBus(options);
    await using var provider = services.BuildServiceProvider();
    var transport = provider.GetRequiredService<RabbitMqDistributedEventTransport>();
    var consumer = provider.GetRequiredService<RabbitMqDistributedEventConsumer>();
    await transport.SendAsync(DistributedEventEnvelope.Create(types, new BenchEto(0, "warm-up"), Guid.NewGuid(), null, null, DateTime.UtcNow));
    if (consume)
    {
        await consumer.StartAsync(CancellationToken.None);
        while (!consumer.IsConsuming)
        {
            await Task.Delay(20);
        }

        while (counter.Count < 1)
        {
            await Task.Delay(5);
        }
    }

    var envelopes = Enumerable.Range(1, messages)
        .Select(i => DistributedEventEnvelope.Create(types, new BenchEto(i, "booking " + i), Guid.NewGuid(), Guid.NewGuid(), "bench", DateTime.UtcNow)).ToArray();
    var next = -1;
    var expected = counter.Count + messages;
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < envelopes.Length)
        {
            await transport.SendAsync(envelopes[i]);
        }
    }));
    var sent = watch.Elapsed;
    if (consume)
    {
        while (counter.Count < expected)
        {
            await Task.Delay(1);
        }
    }

    var elapsed = watch.Elapsed;
    Console.WriteLine($"{name}: sent {messages} in {sent.TotalSeconds:0.00} s ({messages / sent.TotalSeconds:0} msg/s)"
        + (consume ? $", all consumed after {elapsed.TotalSeconds:0.00} s ({messages / elapsed.TotalSeconds:0} msg/s), duplicates {counter.Duplicates}" : ""));
    if (consume)
    {
        await consumer.StopAsync(CancellationToken.None);
    }

    await using var connection = await new ConnectionFactory { HostName = options.HostName, Port = options.Port, UserName = options.UserName, Password = options.Password }.CreateConnectionAsync();
    await using var channel = await connection.CreateChannelAsync();
    foreach (var queue in new[] { client, options.DeadLetterQueueName }.Concat(Enumerable.Range(1, 4).Select(a => options.RetryQueueName(new DistributedEventBusOptions().GetRetryDelay(a)))))
    {
        await channel.QueueDeleteAsync(queue, false, false);
    }

    await channel.ExchangeDeleteAsync(options.ExchangeName, false);
    return messages / elapsed.TotalSeconds;
}

[EventName("Bench.Thing.v1")]
public sealed record BenchEto(int Number, string Text);

public sealed class CountingReceiver : IDistributedEventReceiver
{
    private readonly ConcurrentDictionary<Guid, byte> _seen = new();
    private int _count;
    private int _duplicates;

    public int Count => Volatile.Read(ref _count);

    public int Duplicates => Volatile.Read(ref _duplicates);

    public Task ReceiveAsync(DistributedEventEnvelope envelope, CancellationToken cancellationToken = default)
    {
        if (!_seen.TryAdd(envelope.MessageId, 0))
        {
            Interlocked.Increment(ref _duplicates);
        }
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }
}

internal static class LoggingExtensions
{
    public static ILoggingBuilder AddSimpleConsoleIfAvailable(this ILoggingBuilder builder) => builder;
}
