using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// <c>charge.dispute.created | updated | closed | funds_withdrawn | funds_reinstated</c> of a gym's account: reads the
/// dispute's current state from Stripe and records it (one row per dispute), linked to the disputed payment.
/// </summary>
public sealed class StripeDisputeEventHandler(
    StripeClientProvider stripe,
    IPaymentDisputeRepository disputes,
    IPaymentRepository payments,
    ICurrentTenant currentTenant,
    IGuidGenerator guids,
    TimeProvider clock) : IStripeEventHandler, FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    /// <inheritdoc/>
    public bool CanHandle(string eventType) => eventType.StartsWith("charge.dispute.", StringComparison.Ordinal);

    /// <inheritdoc/>
    public async Task HandleAsync(StripeEventContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Connection is not { } connection || context.Event.Data.Object is not Dispute reported)
        {
            return;
        }

        var current = await StripeCall.RunAsync(
            () => new DisputeService(stripe.Client).GetAsync(reported.Id, requestOptions: StripeCustomerManager.OnAccount(connection.AccountId), cancellationToken: cancellationToken),
            cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var dispute = await disputes.FindByDisputeIdAsync(current.Id, cancellationToken);
        var isNew = dispute is null;
        dispute ??= new PaymentDispute(guids.Create(), currentTenant.Id, current.Id, current.PaymentIntentId, current.Currency.ToUpperInvariant(),
            DateTime.SpecifyKind(current.Created, DateTimeKind.Utc));
        if (dispute.PaymentId is null && current.PaymentIntentId is { } intentId && await payments.FindByProviderReferenceAsync(intentId, cancellationToken) is { } payment)
        {
            dispute.LinkPayment(payment);
        }

        DateTime? dueBy = current.EvidenceDetails?.DueBy is { } due ? DateTime.SpecifyKind(due, DateTimeKind.Utc) : null;
        dispute.Update(current.Amount, current.Reason, current.Status, dueBy, now);
        if (isNew)
        {
            await disputes.InsertAsync(dispute, autoSave: true, cancellationToken);
        }
        else
        {
            await disputes.UpdateAsync(dispute, autoSave: true, cancellationToken);
        }
    }
}
