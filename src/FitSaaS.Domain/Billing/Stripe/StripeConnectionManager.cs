using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using Stripe;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// Connects the current gym to a Stripe account (Stripe Connect, DOMAIN.md §3.2) and reads it back: an account created for
/// the gym (<c>type=standard</c>, onboarded through an account link) or one already connected to the platform. Connections
/// are host data (<see cref="StripeConnection"/>), read and written as the host.
/// </summary>
public sealed class StripeConnectionManager(
    StripeClientProvider stripe,
    IStripeConnectionRepository connections,
    ICurrentTenant currentTenant,
    IGuidGenerator guids,
    IFeatureChecker features,
    TimeProvider clock) : IDomainService
{
    /// <summary>The current gym's connection, or null.</summary>
    public async Task<StripeConnection?> FindAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        using var host = currentTenant.Change(null);
        return await connections.FindByTenantAsync(tenantId, cancellationToken);
    }

    /// <summary>
    /// Connects the gym: to <paramref name="accountId"/> when given (it must be reachable with the platform's key), otherwise
    /// to a new Standard account created for it (<paramref name="email"/>, <paramref name="country"/> as ISO 3166-1 alpha-2).
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="BillingErrorCodes.StripeAlreadyConnected"/>, <see cref="BillingErrorCodes.StripeAccountNotFound"/>,
    /// <see cref="BillingErrorCodes.StripeNotConfigured"/>, <see cref="BillingErrorCodes.StripeUnavailable"/>.
    /// </exception>
    public async Task<StripeConnection> ConnectAsync(string? accountId, string? email, string? country, CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        var client = stripe.Client;
        using var host = currentTenant.Change(null);
        if (await connections.FindByTenantAsync(tenantId, cancellationToken) is { } existing)
        {
            throw new BusinessException(BillingErrorCodes.StripeAlreadyConnected, "The gym is already connected to a Stripe account; disconnect it first.")
                .WithData("accountId", existing.AccountId);
        }

        var id = guids.Create();
        Account account;
        if (!string.IsNullOrWhiteSpace(accountId))
        {
            account = await ReadAccountAsync(client, accountId.Trim(), cancellationToken);
            if (await connections.FindByAccountAsync(account.Id, cancellationToken) is not null)
            {
                throw new BusinessException(BillingErrorCodes.StripeAlreadyConnected, "That Stripe account is connected to another gym.").WithData("accountId", account.Id);
            }
        }
        else
        {
            var options = new AccountCreateOptions { Type = "standard", Email = email, Country = country };
            options.AddExtraParam("metadata[tenant_id]", tenantId.ToString());
            account = await StripeCall.RunAsync(
                () => new AccountService(client).CreateAsync(options, new RequestOptions { IdempotencyKey = $"account:{id:N}" }, cancellationToken), cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var connection = new StripeConnection(id, tenantId, account.Id, now);
        connection.UpdateAccountState(account.ChargesEnabled, account.PayoutsEnabled, account.DetailsSubmitted, now);
        await connections.InsertAsync(connection, autoSave: true, cancellationToken);
        return connection;
    }

    /// <summary>A link to Stripe's hosted onboarding (or account update) of the connected account; valid a few minutes.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.StripeNotConnected"/>, <see cref="BillingErrorCodes.StripeUnavailable"/>.</exception>
    public async Task<AccountLink> CreateOnboardingLinkAsync(Uri returnUrl, Uri refreshUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(returnUrl);
        ArgumentNullException.ThrowIfNull(refreshUrl);
        var connection = await FindAsync(cancellationToken) ?? throw NotConnected(false);
        var client = stripe.Client;
        return await StripeCall.RunAsync(
            () => new AccountLinkService(client).CreateAsync(
                new AccountLinkCreateOptions
                {
                    Account = connection.AccountId,
                    Type = connection.DetailsSubmitted ? "account_update" : "account_onboarding",
                    ReturnUrl = returnUrl.ToString(),
                    RefreshUrl = refreshUrl.ToString(),
                },
                cancellationToken: cancellationToken),
            cancellationToken);
    }

    /// <summary>Reads the connected account's state from Stripe (charges and payouts enabled, onboarding done) and keeps it.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.StripeNotConnected"/>, <see cref="BillingErrorCodes.StripeUnavailable"/>.</exception>
    public async Task<StripeConnection> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        var client = stripe.Client;
        using var host = currentTenant.Change(null);
        var connection = await connections.FindByTenantAsync(tenantId, cancellationToken) ?? throw NotConnected(false);
        await RefreshAsync(connection, client, cancellationToken);
        return connection;
    }

    /// <summary>Takes the account's current state from Stripe into <paramref name="connection"/> and saves it (as the host).</summary>
    public async Task RefreshAsync(StripeConnection connection, IStripeClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var account = await ReadAccountAsync(client, connection.AccountId, cancellationToken);
        connection.UpdateAccountState(account.ChargesEnabled, account.PayoutsEnabled, account.DetailsSubmitted, clock.GetUtcNow().UtcDateTime);
        using var host = currentTenant.Change(null);
        await connections.UpdateAsync(connection, autoSave: true, cancellationToken);
    }

    /// <summary>Disconnects the gym (its Stripe account and everything on it stay at Stripe). Nothing to do when not connected.</summary>
    public async Task DisconnectAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        using var host = currentTenant.Change(null);
        if (await connections.FindByTenantAsync(tenantId, cancellationToken) is { } connection)
        {
            await connections.DeleteAsync(connection, autoSave: true, cancellationToken);
        }
    }

    /// <summary>
    /// The connected account the gym's renewals are charged on from members' saved cards (off-session), or null when they
    /// are not: the edition's <see cref="BillingFeatures.OnlinePayments"/> off, Stripe not configured, the gym not connected
    /// or its account unable to take charges. Throws nothing.
    /// </summary>
    public async Task<string?> FindOffSessionAccountIdAsync(CancellationToken cancellationToken = default) =>
        await features.IsEnabledAsync(BillingFeatures.OnlinePayments, cancellationToken) && stripe.IsConfigured &&
        await FindAsync(cancellationToken) is { ChargesEnabled: true } connection
            ? connection.AccountId
            : null;

    /// <summary>The connected account members pay into: connected, and Stripe lets it take charges.</summary>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.StripeNotConnected"/>, <see cref="BillingErrorCodes.StripeNotConfigured"/>.</exception>
    public async Task<string> GetChargeableAccountIdAsync(CancellationToken cancellationToken = default)
    {
        _ = stripe.Client;
        var connection = await FindAsync(cancellationToken);
        return connection is { ChargesEnabled: true } ? connection.AccountId : throw NotConnected(connection is not null);
    }

    private static async Task<Account> ReadAccountAsync(IStripeClient client, string accountId, CancellationToken cancellationToken)
    {
        try
        {
            return await StripeCall.RunAsync(() => new AccountService(client).GetAsync(accountId, cancellationToken: cancellationToken), cancellationToken);
        }
        catch (BusinessException ex) when (ex.InnerException is StripeException stripeException && (StripeCall.IsMissing(stripeException) || (int)stripeException.HttpStatusCode is 401 or 403))
        {
            throw new BusinessException(BillingErrorCodes.StripeAccountNotFound, "No Stripe account with that id is connected to the platform.", ex).WithData("accountId", accountId);
        }
    }

    private static BusinessException NotConnected(bool connected) =>
        new BusinessException(BillingErrorCodes.StripeNotConnected, connected
            ? "The gym's Stripe account cannot take charges yet: finish Stripe's onboarding."
            : "The gym has not connected a Stripe account.").WithData("chargesEnabled", false);

    private Guid RequireTenant() => currentTenant.Id ?? throw new InvalidOperationException("Stripe connections are per gym: run in a tenant.");
}
