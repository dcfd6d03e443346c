using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="IStripeCustomerRepository"/>
public sealed class EfCoreStripeCustomerRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, StripeCustomer>(dbContextProvider), IStripeCustomerRepository
{
    /// <inheritdoc/>
    public async Task<StripeCustomer?> FindByMemberAsync(Guid memberId, string accountId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(c => c.MemberId == memberId && c.AccountId == accountId, cancellationToken);

    /// <inheritdoc/>
    public async Task<StripeCustomer?> FindByCustomerIdAsync(string customerId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(c => c.CustomerId == customerId, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<StripeCustomer>> GetListOfMemberAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).Where(c => c.MemberId == memberId).ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> TryInsertAsync(StripeCustomer customer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var dbContext = await GetDbContextAsync(cancellationToken);
        await dbContext.Set<StripeCustomer>().AddAsync(customer, cancellationToken);
        try
        {
            await dbContext.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (StripeUniqueViolation.Is(ex, "StripeCustomers"))
        {
            dbContext.Entry(customer).State = EntityState.Detached;
            return false;
        }
    }

    /// <inheritdoc/>
    public async Task<HashSet<Guid>> GetMemberIdsWithDefaultCardAsync(string accountId, IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken = default) =>
        (await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(c => c.AccountId == accountId && c.DefaultPaymentMethodId != null && memberIds.Contains(c.MemberId))
            .Select(c => c.MemberId).ToListAsync(cancellationToken)).ToHashSet();
}
