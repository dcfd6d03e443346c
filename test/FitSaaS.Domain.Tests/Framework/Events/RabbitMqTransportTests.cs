using System.Diagnostics;
using System.Text;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Events.RabbitMq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace FitSaaS.Domain.Tests.Framework.Events;

/// <summary>The RabbitMQ transport against a real node (FitSaaS_Test__RabbitMQ, started by etc/scripts/test.sh); each test has its own queues.</summary>
public sealed class RabbitMqTransportTests
{
    private static RabbitMqEndpoint SharedNode()
    {
        Assert.SkipWhen(RabbitMqEndpoint.Shared is null, RabbitMqEndpoint.SkipReason);
        return RabbitMqEndpoint.Shared!;
    }

    [Fact(Timeout = 120_000)]
    public async Task Send_IsConfirmed_ConsumedOnce_WithTheSameEnvelope()
    {
        var node = SharedNode();
        await using var bus = RabbitMqTestBus.Create(node.Options(RabbitMqTestBus.NewClientName()));
        try
        {
            await bus.StartConsumerAsync();
            var tenant = Guid.NewGuid();
            var sent = Enumerable.Range(1, 25).Select(i => bus.NewEnvelope("thing " + i, i, i % 2 == 0 ? tenant : null)).ToList();
            var other = DistributedEventEnvelope.Create(bus.EventTypes, new OtherRabbitThingEto(Guid.NewGuid()), Guid.NewGuid(), null, null, DateTime.UtcNow);
            sent.Add(other);

            await Task.WhenAll(sent.Select(e => bus.Transport.SendAsync(e)));

            await RabbitMqWait.UntilAsync(() => bus.Receiver.Calls.Count >= sent.Count, TimeSpan.FromSeconds(20), "all messages");
            await Task.Delay(300);
            bus.Receiver.Calls.Count.ShouldBe(sent.Count);
            foreach (var envelope in sent)
            {
                bus.Receiver.Calls.Single(c => c.Envelope.MessageId == envelope.MessageId).Envelope.ShouldBe(envelope);
            }

            ((RabbitThingEto)bus.Receiver.Calls.First(c => c.Envelope.MessageId == sent[1].MessageId).Envelope.ReadPayload(bus.EventTypes))
                .ShouldBe(new RabbitThingEto("thing 2", 2));
            bus.DeadLetters.Entries.ShouldBeEmpty();
            (await RabbitMqWait.ReadyCountAsync(node, bus.Options.ClientName)).ShouldBe(0u);
        }
        finally
        {
            await bus.DeleteTopologyAsync(node, new DistributedEventBusOptions { MaxDeliveryAttempts = 3 });
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task Send_MessageIsPersistent_WithMessageIdTypeAndEnvelopeBody()
    {
        var node = SharedNode();
        // Publish only (no consumer): the publisher declares the application's queue, so the message waits there.
        await using var bus = RabbitMqTestBus.Create(node.Options(RabbitMqTestBus.NewClientName()));
        try
        {
            var envelope = bus.NewEnvelope("persisted", 7, Guid.NewGuid());

            await bus.Transport.SendAsync(envelope);

            var messages = await RabbitMqWait.DrainAsync(node, bus.Options.ClientName);
            var message = messages.ShouldHaveSingleItem();
            message.BasicProperties.Persistent.ShouldBeTrue();
            message.BasicProperties.MessageId.ShouldBe(envelope.MessageId.ToString("D"));
            message.BasicProperties.Type.ShouldBe("Tests.RabbitThing.v1");
            message.RoutingKey.ShouldBe("Tests.RabbitThing.v1");
            message.Exchange.ShouldBe(bus.Options.ExchangeName);
            DistributedEventEnvelope.FromJson(Encoding.UTF8.GetString(message.Body.Span)).ShouldBe(envelope);
        }
        finally
        {
            await bus.DeleteTopologyAsync(node, new DistributedEventBusOptions { MaxDeliveryAttempts = 3 });
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task FailingReceiver_IsRetriedMaxDeliveryAttemptsTimes_WithGrowingDelays_ThenDeadLettered()
    {
        var node = SharedNode();
        var retry = new DistributedEventBusOptions { MaxDeliveryAttempts = 4, FirstRetryDelay = TimeSpan.FromMilliseconds(250) };
        await using var bus = RabbitMqTestBus.Create(node.Options(RabbitMqTestBus.NewClientName()), retry.MaxDeliveryAttempts, retry.FirstRetryDelay);
        try
        {
            bus.Receiver.Behaviour = (_, call) => throw new InvalidOperationException($"handler broke on call {call}");
            await bus.StartConsumerAsync();
            var envelope = bus.NewEnvelope("doomed", 13);

            await bus.Transport.SendAsync(envelope);

            await RabbitMqWait.UntilAsync(() => !bus.DeadLetters.Entries.IsEmpty, TimeSpan.FromSeconds(30), "the dead-letter store");
            var dead = bus.DeadLetters.Entries.ShouldHaveSingleItem();
            dead.Envelope.ShouldBe(envelope);
            dead.Attempts.ShouldBe(4);
            dead.Error.ShouldBe("InvalidOperationException: handler broke on call 4");

            var times = bus.Receiver.Calls.Where(c => c.Envelope.MessageId == envelope.MessageId).Select(c => c.At).ToList();
            times.Count.ShouldBe(4);
            var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
            for (var i = 0; i < gaps.Count; i++)
            {
                // 250 ms, 500 ms, 1000 ms (queue TTLs; a little slack for timer granularity).
                gaps[i].ShouldBeGreaterThanOrEqualTo(retry.GetRetryDelay(i + 1) - TimeSpan.FromMilliseconds(30));
            }

            gaps[2].ShouldBeGreaterThan(gaps[0]);

            await RabbitMqWait.UntilAsync(() => RabbitMqWait.ReadyCountAsync(node, bus.Options.DeadLetterQueueName).GetAwaiter().GetResult() == 1,
                TimeSpan.FromSeconds(5), "the dead-letter queue");
            var letters = await RabbitMqWait.DrainAsync(node, bus.Options.DeadLetterQueueName);
            var letter = letters.ShouldHaveSingleItem();
            DistributedEventEnvelope.FromJson(Encoding.UTF8.GetString(letter.Body.Span)).ShouldBe(envelope);
            letter.BasicProperties.Persistent.ShouldBeTrue();
            letter.BasicProperties.MessageId.ShouldBe(envelope.MessageId.ToString("D"));
            letter.BasicProperties.Headers!["x-fitsaas-attempts"].ShouldBe(4);
            Encoding.UTF8.GetString((byte[])letter.BasicProperties.Headers["x-fitsaas-error"]!).ShouldBe("InvalidOperationException: handler broke on call 4");

            // Never redelivered again (ABP #12140): no fifth attempt, nothing left in the application's queue.
            await Task.Delay(1500);
            bus.Receiver.CallsOf(envelope.MessageId).ShouldBe(4);
            (await RabbitMqWait.ReadyCountAsync(node, bus.Options.ClientName)).ShouldBe(0u);
        }
        finally
        {
            await bus.DeleteTopologyAsync(node, retry);
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task ReceiverFailingOnce_IsHandledOnTheRetry_AndNotDeadLettered()
    {
        var node = SharedNode();
        var retry = new DistributedEventBusOptions { MaxDeliveryAttempts = 3, FirstRetryDelay = TimeSpan.FromMilliseconds(200) };
        await using var bus = RabbitMqTestBus.Create(node.Options(RabbitMqTestBus.NewClientName()), retry.MaxDeliveryAttempts, retry.FirstRetryDelay);
        try
        {
            bus.Receiver.Behaviour = (_, call) => call == 1 ? throw new TimeoutException("database busy") : Task.CompletedTask;
            await bus.StartConsumerAsync();
            var envelope = bus.NewEnvelope("flaky", 2);

            await bus.Transport.SendAsync(envelope);

            await RabbitMqWait.UntilAsync(() => bus.Receiver.CallsOf(envelope.MessageId) == 2, TimeSpan.FromSeconds(10), "the retry");
            await Task.Delay(800);
            bus.Receiver.CallsOf(envelope.MessageId).ShouldBe(2);
            bus.Receiver.Calls.Last().Envelope.ShouldBe(envelope);
            bus.DeadLetters.Entries.ShouldBeEmpty();
            (await RabbitMqWait.ReadyCountAsync(node, bus.Options.DeadLetterQueueName)).ShouldBe(0u);
        }
        finally
        {
            await bus.DeleteTopologyAsync(node, retry);
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task UnparseableBody_GoesStraightToTheDeadLetterQueue()
    {
        var node = SharedNode();
        await using var bus = RabbitMqTestBus.Create(node.Options(RabbitMqTestBus.NewClientName()));
        try
        {
            await bus.StartConsumerAsync();
            await using (var connection = await node.ConnectAsync())
            await using (var channel = await connection.CreateChannelAsync())
            {
                var properties = new BasicProperties { Persistent = true, MessageId = "garbage-1" };
                await channel.BasicPublishAsync(bus.Options.ExchangeName, "Tests.RabbitThing.v1", false, properties, "{ not an envelope"u8.ToArray());
                await channel.BasicPublishAsync(bus.Options.ExchangeName, "Tests.RabbitThing.v1", false, properties, new byte[] { 0xff, 0xfe, 0x00 });
            }

            await RabbitMqWait.UntilAsync(() => RabbitMqWait.ReadyCountAsync(node, bus.Options.DeadLetterQueueName).GetAwaiter().GetResult() == 2,
                TimeSpan.FromSeconds(10), "the dead-letter queue");
            var letters = await RabbitMqWait.DrainAsync(node, bus.Options.DeadLetterQueueName);
            letters.Count.ShouldBe(2);
            // Handled concurrently, so in either order; bodies are kept byte for byte.
            letters.Select(l => Convert.ToHexString(l.Body.ToArray())).ShouldBe(
                [Convert.ToHexString("{ not an envelope"u8), "FFFE00"], ignoreOrder: true);
            foreach (var letter in letters)
            {
                letter.BasicProperties.MessageId.ShouldBe("garbage-1");
                Encoding.UTF8.GetString((byte[])letter.BasicProperties.Headers!["x-fitsaas-error"]!).ShouldStartWith("Unparseable");
            }

            bus.Receiver.Calls.ShouldBeEmpty();
            bus.DeadLetters.Entries.ShouldBeEmpty();
        }
        finally
        {
            await bus.DeleteTopologyAsync(node, new DistributedEventBusOptions { MaxDeliveryAttempts = 3 });
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task Prefetch_BoundsUnackedMessages_AndConcurrencyBoundsRunningHandlers()
    {
        var node = SharedNode();
        var options = node.Options(RabbitMqTestBus.NewClientName());
        options.PrefetchCount = 4;
        options.ConsumerConcurrency = 2;
        await using var bus = RabbitMqTestBus.Create(options);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            bus.Receiver.Behaviour = (_, _) => gate.Task;
            var sent = Enumerable.Range(1, 12).Select(i => bus.NewEnvelope("p" + i, i)).ToList();
            foreach (var envelope in sent)
            {
                await bus.Transport.SendAsync(envelope);
            }

            await bus.StartConsumerAsync();
            await RabbitMqWait.UntilAsync(() => bus.Receiver.Running == 2, TimeSpan.FromSeconds(10), "two running handlers");
            await Task.Delay(700);

            bus.Receiver.Running.ShouldBe(2);
            // 4 delivered and unacked (2 running, 2 buffered), the other 8 still ready in the queue.
            (await RabbitMqWait.ReadyCountAsync(node, options.ClientName)).ShouldBe(8u);

            gate.TrySetResult();
            await RabbitMqWait.UntilAsync(() => bus.Receiver.Calls.Count == 12, TimeSpan.FromSeconds(15), "all messages");
            bus.Receiver.MaxRunning.ShouldBe(2);
            bus.Receiver.Calls.Select(c => c.Envelope.MessageId).Distinct().Count().ShouldBe(12);
        }
        finally
        {
            gate.TrySetResult();
            await bus.DeleteTopologyAsync(node, new DistributedEventBusOptions { MaxDeliveryAttempts = 3 });
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task HealthCheck_IsHealthyWithTheBroker_AndUnhealthyQuicklyWithoutIt()
    {
        var node = SharedNode();
        await using var bus = RabbitMqTestBus.Create(node.Options(RabbitMqTestBus.NewClientName()));
        var options = node.Options(RabbitMqTestBus.NewClientName());
        options.Port = FitSaaS.Testing.LoopbackPorts.Free();
        await using var nowhere = RabbitMqTestBus.Create(options);
        try
        {
            var health = bus.Provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations.Single(r => r.Name == "rabbitmq");
            health.Tags.ShouldContain("ready");
            var context = new HealthCheckContext { Registration = health };

            (await health.Factory(bus.Provider).CheckHealthAsync(context)).Status.ShouldBe(HealthStatus.Healthy);

            var watch = Stopwatch.StartNew();
            var down = await health.Factory(nowhere.Provider).CheckHealthAsync(context);
            down.Status.ShouldBe(HealthStatus.Unhealthy);
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3));
            down.Description.ShouldNotBeNull().ShouldNotContain(options.Password);
        }
        finally
        {
            await bus.DeleteTopologyAsync(node, new DistributedEventBusOptions { MaxDeliveryAttempts = 3 });
        }
    }
}

/// <summary>Configuration and registration; no broker needed.</summary>
public sealed class RabbitMqRegistrationTests
{
    private sealed class InProcessTransport : IDistributedEventTransport
    {
        public Task SendAsync(DistributedEventEnvelope envelope, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void WithoutHostName_NothingIsRegistered_AndTheInProcessTransportStays()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IDistributedEventTransport, InProcessTransport>();

        services.AddFitSaaSRabbitMqEventBus(Config(("RabbitMQ:EventBus:ClientName", "app"))).ShouldBeFalse();

        services.Single(d => d.ServiceType == typeof(IDistributedEventTransport)).ImplementationType.ShouldBe(typeof(InProcessTransport));
        services.ShouldNotContain(d => d.ServiceType == typeof(RabbitMqDistributedEventConsumer));
    }

    [Fact]
    public void WithHostName_TheRabbitMqTransportReplacesTheInProcessOne_WithAbpKeys()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IDistributedEventTransport, InProcessTransport>();
        var configuration = Config(
            ("RabbitMQ:Connections:Default:HostName", "rabbit.internal"),
            ("RabbitMQ:Connections:Default:Port", "5673"),
            ("RabbitMQ:Connections:Default:UserName", "app"),
            ("RabbitMQ:Connections:Default:Password", "s3cret"),
            ("RabbitMQ:EventBus:ClientName", "FitSaaS.Host"),
            ("RabbitMQ:EventBus:ExchangeName", "FitSaaS.Events"),
            ("RabbitMQ:EventBus:PrefetchCount", "32"));

        services.AddFitSaaSRabbitMqEventBus(configuration).ShouldBeTrue();

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IDistributedEventTransport>().ShouldBeOfType<RabbitMqDistributedEventTransport>();
        services.Count(d => d.ServiceType == typeof(IDistributedEventTransport)).ShouldBe(1);
        var options = provider.GetRequiredService<IOptions<RabbitMqEventBusOptions>>().Value;
        (options.HostName, options.Port, options.UserName, options.Password, options.ClientName, options.ExchangeName, options.PrefetchCount)
            .ShouldBe(("rabbit.internal", 5673, "app", "s3cret", "FitSaaS.Host", "FitSaaS.Events", 32));
        options.DeadLetterQueueName.ShouldBe("FitSaaS.Host.dead-letter");
        options.RetryQueueName(TimeSpan.FromSeconds(2)).ShouldBe("FitSaaS.Host.retry.2000ms");
        provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>().ShouldContain(s => s is RabbitMqDistributedEventConsumer);
    }

    [Theory]
    [InlineData("RabbitMQ:Connections:Default:Port", "70000")]
    [InlineData("RabbitMQ:Connections:Default:Port", "five")]
    [InlineData("RabbitMQ:EventBus:PrefetchCount", "0")]
    [InlineData("RabbitMQ:EventBus:ExchangeName", "amq.topic")]
    public void MalformedSettings_FailAtStartup_NamingTheKey_NotThePassword(string key, string value)
    {
        var configuration = Config(("RabbitMQ:Connections:Default:HostName", "localhost"), ("RabbitMQ:Connections:Default:Password", "hunter2-secret"), (key, value));

        var ex = Should.Throw<FormatException>(() => new ServiceCollection().AddFitSaaSRabbitMqEventBus(configuration));

        ex.Message.ShouldContain(key.Split(':').Last());
        ex.Message.ShouldNotContain("hunter2-secret");
    }
}
