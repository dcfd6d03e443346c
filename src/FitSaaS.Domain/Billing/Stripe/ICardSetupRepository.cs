using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing.Stripe;

/// <summary>The tenant's card setups (the members' attempts to save a card).</summary>
public interface ICardSetupRepository : IRepository<CardSetup, Guid>
{
    /// <summary>The setup of a SetupIntent (<c>seti_…</c>), or null.</summary>
    Task<CardSetup?> FindBySetupIntentAsync(string setupIntentId, CancellationToken cancellationToken = default);

    /// <summary>The member's most recent setups, newest first, at most <paramref name="maxCount"/>.</summary>
    Task<List<CardSetup>> GetListOfMemberAsync(Guid memberId, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Inserts and saves; false (nothing saved, the entity detached) when the SetupIntent is recorded already (a racing webhook or request did it).</summary>
    Task<bool> TryInsertAsync(CardSetup setup, CancellationToken cancellationToken = default);

    /// <summary>Deletes every setup of the member; returns how many.</summary>
    Task<int> DeleteOfMemberAsync(Guid memberId, CancellationToken cancellationToken = default);
}
