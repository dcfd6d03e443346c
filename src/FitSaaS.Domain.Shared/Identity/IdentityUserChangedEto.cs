using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Identity;

/// <summary>
/// Distributed event <c>Identity.IdentityUserChanged.v1</c>: a user's user name or e-mail changed (ABP's
/// <c>EntityUpdatedEto&lt;UserEto&gt;</c>, narrowed to what other modules copy). Carries the values after the change.
/// Published through the outbox in the transaction that saved the change, whichever way it was made (the Identity user
/// store compares the saved values), once per save that changed them; the tenant travels in the envelope too. A consumer
/// that keeps a copy elsewhere (Billing's Stripe Customers) may read the user again rather than trust an older event's
/// values: events of one user can be delivered out of order after a retry. A change of the payload's meaning gets a new
/// type, <c>.v2</c>.
/// </summary>
[EventName("Identity.IdentityUserChanged.v1")]
public sealed class IdentityUserChangedEto
{
    /// <summary>The user.</summary>
    public Guid UserId { get; init; }

    /// <summary>The user's tenant; null for a host user.</summary>
    public Guid? TenantId { get; init; }

    /// <summary>The user name after the change (at most <see cref="IdentityConsts.MaxUserNameLength"/> characters).</summary>
    public string UserName { get; init; } = "";

    /// <summary>The e-mail after the change (at most <see cref="IdentityConsts.MaxEmailLength"/> characters); null when the user has none.</summary>
    public string? Email { get; init; }

    /// <summary>When the change was saved (UTC).</summary>
    public DateTime OccurredAtUtc { get; init; }
}
