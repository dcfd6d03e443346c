using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// <c>setup_intent.succeeded | setup_failed | requires_action | canceled</c> of a gym's account: reads the SetupIntent's
/// current state from Stripe (events come out of order, and before the API call that created or confirmed it returned) and
/// records it on the member's <see cref="CardSetup"/> (created by the event when the API has not recorded it yet;
/// <see cref="StripeCustomerManager.RecordSetupAsync"/>): a refused card or a failed 3-D Secure is <see cref="CardSetupStatus.Failed"/>
/// with Stripe's <c>last_setup_error</c> code and message and saves no card; <c>requires_action</c> stays pending for the
/// member's app (its client secret is read from Stripe when the member asks); a success makes the card the member's
/// default when they have none (<see cref="StripeCustomerManager.TakeSucceededAsync"/>). A SetupIntent of no known
/// customer of the gym changes nothing.
/// </summary>
public sealed class StripeSetupIntentEventHandler(StripeCustomerManager customerManager, IStripeCustomerRepository customers, StripeClientProvider stripe)
    : IStripeEventHandler, FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    /// <inheritdoc/>
    public bool CanHandle(string eventType) => eventType is
        "setup_intent.succeeded" or "setup_intent.setup_failed" or "setup_intent.requires_action" or "setup_intent.canceled";

    /// <inheritdoc/>
    public async Task HandleAsync(StripeEventContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Connection is not { } connection || context.Event.Data.Object is not SetupIntent reported)
        {
            return;
        }

        var current = await StripeCall.RunAsync(
            () => new SetupIntentService(stripe.Client).GetAsync(reported.Id, requestOptions: StripeCustomerManager.OnAccount(connection.AccountId), cancellationToken: cancellationToken),
            cancellationToken);
        if (current.CustomerId is not { } customerId || await customers.FindByCustomerIdAsync(customerId, cancellationToken) is not { } customer
            || customer.AccountId != connection.AccountId)
        {
            return;
        }

        await customerManager.RecordSetupAsync(customer, current, cancellationToken);
        await customerManager.TakeSucceededAsync(customer, current, cancellationToken);
    }
}
