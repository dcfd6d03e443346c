namespace FitSaaS.Billing.Stripe;

/// <summary>
/// <c>account.updated</c> of a gym's connected account: reads the account's current state from Stripe (charges and payouts
/// enabled, onboarding done) into its <see cref="StripeConnection"/>, whatever order such events arrive in.
/// </summary>
public sealed class StripeAccountUpdatedHandler(StripeConnectionManager connections, StripeClientProvider stripe)
    : IStripeEventHandler, FitSaaS.Framework.DependencyInjection.ITransientDependency
{
    /// <inheritdoc/>
    public bool CanHandle(string eventType) => eventType == "account.updated";

    /// <inheritdoc/>
    public async Task HandleAsync(StripeEventContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Connection is { } connection)
        {
            await connections.RefreshAsync(connection, stripe.Client, cancellationToken);
        }
    }
}
