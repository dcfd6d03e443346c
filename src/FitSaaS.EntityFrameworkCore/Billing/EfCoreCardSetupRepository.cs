using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="ICardSetupRepository"/>
public sealed class EfCoreCardSetupRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, CardSetup>(dbContextProvider), ICardSetupRepository
{
    /// <inheritdoc/>
    public async Task<CardSetup?> FindBySetupIntentAsync(string setupIntentId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(c => c.SetupIntentId == setupIntentId, cancellationToken);

    /// <inheritdoc/>
    public async Task<List<CardSetup>> GetListOfMemberAsync(Guid memberId, int maxCount, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AsNoTracking()
            .Where(c => c.MemberId == memberId)
            .OrderByDescending(c => c.CreatedAtUtc).ThenBy(c => c.Id)
            .Take(maxCount)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> TryInsertAsync(CardSetup setup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var dbContext = await GetDbContextAsync(cancellationToken);
        await dbContext.Set<CardSetup>().AddAsync(setup, cancellationToken);
        try
        {
            await dbContext.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (StripeUniqueViolation.Is(ex, "CardSetups"))
        {
            dbContext.Entry(setup).State = EntityState.Detached;
            return false;
        }
    }

    /// <inheritdoc/>
    public async Task<int> DeleteOfMemberAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).Where(c => c.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);
}
