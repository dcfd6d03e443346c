using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// <c>setup_intent.succeeded</c> of a gym's account (a card saved, also after 3-D Secure in the member's app): reads the
/// SetupIntent's current state and makes its card the member's default when the member has none.
/// </summary>
public sealed class StripeSetupIntentEventHandler(StripeCustomerManager customerManager, IStripeCustomerRepository customers, StripeClientProvider stripe)
    : IStripeEventHandler, FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    /// <inheritdoc/>
    public bool CanHandle(string eventType) => eventType == "setup_intent.succeeded";

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
        if (current.CustomerId is { } customerId && await customers.FindByCustomerIdAsync(customerId, cancellationToken) is { } customer)
        {
            await customerManager.TakeSucceededAsync(customer, current, cancellationToken);
        }
    }
}
