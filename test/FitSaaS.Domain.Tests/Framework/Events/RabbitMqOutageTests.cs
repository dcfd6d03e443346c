using System.Diagnostics;
using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Domain.Tests.Framework.Events;

/// <summary>The transport while its broker is stopped and restarted with its data (a node of the test's own, via etc/scripts/rabbitmq.sh).</summary>
public sealed class RabbitMqOutageTests
{
    [Fact(Timeout = 240_000)]
    public async Task BrokerStopped_SendThrowsWithinTheTimeout_ThenAfterRestartTheConsumerResumes_AndUnackedMessagesAreDelivered()
    {
        // The shared node proves the script works here; this test runs its own node so stopping it disturbs nobody.
        Assert.SkipWhen(RabbitMqEndpoint.Shared is null, RabbitMqEndpoint.SkipReason);
        await using var node = new RabbitMqNode();
        await node.StartAsync();
        var options = node.Endpoint!.Options(RabbitMqTestBus.NewClientName());
        options.PublishTimeout = TimeSpan.FromSeconds(2);
        await using var bus = RabbitMqTestBus.Create(options);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = bus.NewEnvelope("held while the broker stops", 1);
        bus.Receiver.Behaviour = (envelope, call) => envelope.MessageId == held.MessageId && call == 1 ? gate.Task : Task.CompletedTask;
        try
        {
            await BrokerStoppedScenarioAsync(node, bus, options, gate, held);
        }
        finally
        {
            gate.TrySetResult();
        }
    }

    private static async Task BrokerStoppedScenarioAsync(
        RabbitMqNode node, RabbitMqTestBus bus, FitSaaS.Framework.Events.RabbitMq.RabbitMqEventBusOptions options, TaskCompletionSource gate, DistributedEventEnvelope held)
    {
        await bus.StartConsumerAsync();

        var before = bus.NewEnvelope("before", 0);
        await bus.Transport.SendAsync(before);
        await bus.Transport.SendAsync(held);
        await RabbitMqWait.UntilAsync(() => bus.Receiver.CallsOf(held.MessageId) == 1 && bus.Receiver.CallsOf(before.MessageId) == 1,
            TimeSpan.FromSeconds(10), "the first deliveries");

        // Stop the broker while the held message is delivered but not acked (it is persistent, in a durable queue).
        await node.StopKeepingDataAsync();
        await RabbitMqWait.UntilAsync(() => !bus.Consumer.IsConsuming, TimeSpan.FromSeconds(10), "the consumer to notice");
        gate.TrySetResult();

        var watch = Stopwatch.StartNew();
        await Should.ThrowAsync<Exception>(() => bus.Transport.SendAsync(bus.NewEnvelope("during the outage", 2)));
        watch.Elapsed.ShouldBeLessThan(options.PublishTimeout + TimeSpan.FromSeconds(1));

        await node.StartKeptAsync();

        // The consumer reconnects by itself and the unacked message comes again (the inbox makes the repeat a no-op).
        await RabbitMqWait.UntilAsync(() => bus.Consumer.IsConsuming, TimeSpan.FromSeconds(30), "the consumer to reconnect");
        await RabbitMqWait.UntilAsync(() => bus.Receiver.CallsOf(held.MessageId) == 2, TimeSpan.FromSeconds(20), "the held message after the restart");
        bus.Receiver.Calls.Last(c => c.Envelope.MessageId == held.MessageId).Envelope.ShouldBe(held);

        // The publisher reconnects on the next send.
        var after = bus.NewEnvelope("after", 3);
        await bus.Transport.SendAsync(after);
        await RabbitMqWait.UntilAsync(() => bus.Receiver.CallsOf(after.MessageId) == 1, TimeSpan.FromSeconds(10), "a message sent after the restart");
        bus.Receiver.CallsOf(before.MessageId).ShouldBe(1);
        bus.DeadLetters.Entries.ShouldBeEmpty();
    }

    [Fact(Timeout = 240_000)]
    public async Task MessagesSentBeforeAStop_AndNotYetConsumed_SurviveTheRestart()
    {
        Assert.SkipWhen(RabbitMqEndpoint.Shared is null, RabbitMqEndpoint.SkipReason);
        await using var node = new RabbitMqNode();
        await node.StartAsync();
        var options = node.Endpoint!.Options(RabbitMqTestBus.NewClientName());
        await using var bus = RabbitMqTestBus.Create(options);
        var sent = Enumerable.Range(1, 20).Select(i => bus.NewEnvelope("queued " + i, i)).ToList();

        // No consumer yet: the confirmed messages wait in the durable queue.
        foreach (var envelope in sent)
        {
            await bus.Transport.SendAsync(envelope);
        }

        await node.StopKeepingDataAsync();
        await bus.Consumer.StartAsync(CancellationToken.None);   // starts while the broker is down and keeps trying
        await Task.Delay(1000);
        bus.Consumer.IsConsuming.ShouldBeFalse();
        await node.StartKeptAsync();

        await RabbitMqWait.UntilAsync(() => bus.Receiver.Calls.Count == sent.Count, TimeSpan.FromSeconds(30), "the queued messages");
        bus.Receiver.Calls.Select(c => c.Envelope).OrderBy(e => e.MessageId).ShouldBe(sent.OrderBy(e => e.MessageId));
    }
}
