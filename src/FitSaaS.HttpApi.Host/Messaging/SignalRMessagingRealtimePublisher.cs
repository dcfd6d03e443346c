using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using Microsoft.AspNetCore.SignalR;

namespace FitSaaS.Messaging;

/// <summary>
/// The host's <see cref="IMessagingRealtimePublisher"/>: sends through <see cref="IHubContext{THub}"/> of
/// <see cref="MessagingHub"/> to the current tenant's user groups (<see cref="MessagingHubGroups.User"/>), after the current
/// unit of work commits. With <c>Redis:Configuration</c> set the SignalR Redis backplane carries the send to every
/// instance, so a client connected to another instance receives it. A failed send is logged (without the payload) and
/// swallowed: the stored notification or message stays the record.
/// </summary>
public sealed class SignalRMessagingRealtimePublisher(
    IHubContext<MessagingHub> hub,
    ICurrentTenant currentTenant,
    IUnitOfWorkManager unitOfWorkManager,
    ILogger<SignalRMessagingRealtimePublisher> logger) : IMessagingRealtimePublisher
{
    /// <inheritdoc/>
    public Task PublishToUsersAsync(IReadOnlyCollection<Guid> userIds, string method, object payload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(payload);
        if (userIds.Count == 0)
        {
            return Task.CompletedTask;
        }

        var tenantId = currentTenant.Id;
        var groups = userIds.Distinct().Select(u => MessagingHubGroups.User(tenantId, u)).ToList();
        if (unitOfWorkManager.Current is { } unitOfWork)
        {
            unitOfWork.OnCompleted(() => SendAsync(groups, method, payload));
            return Task.CompletedTask;
        }

        return SendAsync(groups, method, payload);
    }

    private async Task SendAsync(List<string> groups, string method, object payload)
    {
        try
        {
            await hub.Clients.Groups(groups).SendAsync(method, payload, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Messaging hub send of {Method} to {GroupCount} user group(s) failed.", method, groups.Count);
        }
    }
}
