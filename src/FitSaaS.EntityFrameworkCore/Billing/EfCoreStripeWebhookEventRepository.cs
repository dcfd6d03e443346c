using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="IStripeWebhookEventRepository"/>
public sealed class EfCoreStripeWebhookEventRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, StripeWebhookEvent>(dbContextProvider), IStripeWebhookEventRepository
{
    /// <inheritdoc/>
    public async Task<bool> ExistsAsync(string eventId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AnyAsync(e => e.EventId == eventId, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> TryInsertAsync(StripeWebhookEvent stripeEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stripeEvent);
        var dbContext = await GetDbContextAsync(cancellationToken);
        await dbContext.Set<StripeWebhookEvent>().AddAsync(stripeEvent, cancellationToken);
        try
        {
            await dbContext.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (StripeUniqueViolation.Is(ex, StripeWebhookEventConfiguration.TableName))
        {
            dbContext.Entry(stripeEvent).State = EntityState.Detached;
            return false;
        }
    }
}
