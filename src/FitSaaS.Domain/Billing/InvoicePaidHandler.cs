using FitSaaS.Framework.Events;
using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Billing;

/// <summary>
/// An invoice was paid in full (a local event in the payment's transaction): its membership is activated (its first
/// invoice) or reinstated when nothing else is overdue, and <see cref="InvoicePaidEto"/> is published through the outbox.
/// </summary>
public sealed class InvoicePaidHandler(
    IMembershipRepository memberships,
    IInvoiceRepository invoices,
    MembershipManager membershipManager,
    IDistributedEventBus eventBus) : ILocalEventHandler<InvoicePaidEvent>
{
    /// <inheritdoc/>
    public async Task HandleEventAsync(InvoicePaidEvent eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        var invoice = await invoices.GetAsync(eventData.InvoiceId, cancellationToken);
        await eventBus.PublishAsync(
            new InvoicePaidEto
            {
                InvoiceId = invoice.Id,
                Number = invoice.Number ?? string.Empty,
                MemberUserId = invoice.MemberId,
                Total = invoice.Total,
                Currency = invoice.Currency,
                PaidAtUtc = eventData.PaidAtUtc,
            },
            cancellationToken);
        if (eventData.MembershipId is not { } membershipId || await memberships.FindAsync(membershipId, cancellationToken) is not { } membership)
        {
            return;
        }

        if (membership.Status == MembershipStatus.Pending)
        {
            await membershipManager.ActivateAsync(membership, eventData.PaidAtUtc, cancellationToken);
            return;
        }

        await membershipManager.RefreshDunningAsync(membership, eventData.PaidAtUtc, cancellationToken);
    }
}
