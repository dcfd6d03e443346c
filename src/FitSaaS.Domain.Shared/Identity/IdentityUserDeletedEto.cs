using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Identity;

/// <summary>
/// Distributed event <c>Identity.IdentityUserDeleted.v1</c>: a user was deleted (erased) — consumers erase what they keep
/// of the user (Billing deletes the member's Stripe Customers). Published through the outbox in the transaction that
/// deleted the user, whichever way it was deleted (the Identity user store); the tenant travels in the envelope too. Carries
/// ids only, no name or e-mail: an erased user's personal data must not outlive them in outboxes, inboxes or dead letters.
/// Not published for users that go with a purged tenant (whose rows are erased wholesale). A change of the payload's
/// meaning gets a new type, <c>.v2</c>.
/// </summary>
[EventName("Identity.IdentityUserDeleted.v1")]
public sealed class IdentityUserDeletedEto
{
    /// <summary>The deleted user.</summary>
    public Guid UserId { get; init; }

    /// <summary>The user's tenant; null for a host user.</summary>
    public Guid? TenantId { get; init; }

    /// <summary>When the deletion was saved (UTC).</summary>
    public DateTime OccurredAtUtc { get; init; }
}
