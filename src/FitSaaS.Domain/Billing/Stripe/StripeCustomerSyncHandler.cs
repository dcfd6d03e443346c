using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Identity;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// Keeps the members' Stripe Customers in step with Identity (DOMAIN.md §2.19): on <see cref="IdentityUserChangedEto"/> the
/// member's customers get the user's current name and e-mail at Stripe; on <see cref="IdentityUserDeletedEto"/> they are
/// deleted at Stripe and locally (<see cref="StripeCustomerManager"/>). Runs in the event's tenant and unit of work (with
/// the inbox row). Idempotent: a repeated event writes the same values again, or finds nothing left to delete. A Stripe
/// failure throws, so the bus retries the event and dead-letters it after its last attempt. Logs ids and counts only.
/// </summary>
public sealed partial class StripeCustomerSyncHandler(StripeCustomerManager customers, ILogger<StripeCustomerSyncHandler> logger)
    : IDistributedEventHandler<IdentityUserChangedEto>, IDistributedEventHandler<IdentityUserDeletedEto>
{
    /// <inheritdoc/>
    public async Task HandleEventAsync(IdentityUserChangedEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var updated = await customers.UpdateFromMemberAsync(eventData.UserId, cancellationToken);
        if (updated > 0)
        {
            LogUpdated(eventData.UserId, updated);
        }
    }

    /// <inheritdoc/>
    public async Task HandleEventAsync(IdentityUserDeletedEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var deleted = await customers.DeleteOfMemberAsync(eventData.UserId, cancellationToken);
        if (deleted > 0)
        {
            LogDeleted(eventData.UserId, deleted);
        }
    }

    [LoggerMessage(EventId = 7121, Level = LogLevel.Information, Message = "Member {MemberId} changed: {Count} Stripe customer(s) updated")]
    private partial void LogUpdated(Guid memberId, int count);

    [LoggerMessage(EventId = 7122, Level = LogLevel.Information, Message = "Member {MemberId} deleted: {Count} Stripe customer(s) deleted")]
    private partial void LogDeleted(Guid memberId, int count);
}
