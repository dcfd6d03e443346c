using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client.Exceptions;

namespace FitSaaS.Framework.Events.RabbitMq;

/// <summary>
/// The <c>rabbitmq</c> readiness check (tag <c>ready</c>): healthy when the publisher connection is open (it is opened when
/// needed, within <see cref="RabbitMqEventBusOptions.ConnectTimeout"/>); unhealthy when the broker cannot be reached. The data
/// says whether this instance's consumer is subscribed. Never reports credentials.
/// </summary>
public sealed class RabbitMqHealthCheck(RabbitMqDistributedEventTransport transport, RabbitMqDistributedEventConsumer? consumer = null) : IHealthCheck
{
    /// <summary>Name of the check: <c>rabbitmq</c>.</summary>
    public const string Name = "rabbitmq";

    /// <inheritdoc/>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["consuming"] = consumer?.IsConsuming ?? false };
        try
        {
            return await transport.CheckConnectionAsync(cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy("RabbitMQ connection open", data)
                : new HealthCheckResult(context.Registration.FailureStatus, "RabbitMQ connection closed", data: data);
        }
        catch (Exception ex) when (ex is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException
                                       or OperationCanceledException or TimeoutException or System.IO.IOException or System.Net.Sockets.SocketException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "RabbitMQ unreachable: " + ex.GetType().Name, data: data);
        }
    }
}
