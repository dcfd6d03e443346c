using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing;

/// <summary>
/// One line of the append-only entitlement ledger (DOMAIN.md §2.10): a grant, reserve, consume, refund, forfeit or expire of
/// an <see cref="Entitlement"/>, with its effect on the balance (<see cref="Quantity"/>, signed). Never updated or deleted.
/// Unique per (tenant, <see cref="SourceKey"/>, <see cref="Action"/>) — a booking is consumed once and refunded once, a
/// period granted once — so a replayed event, job or request writes nothing twice.
/// </summary>
public sealed class EntitlementLedgerEntry : Entity<Guid>, IMultiTenant
{
    private EntitlementLedgerEntry()
    {
        SourceKey = null!;
    }

    /// <summary>Creates an entry.</summary>
    public EntitlementLedgerEntry(
        Guid id, Guid? tenantId, Guid entitlementId, Guid memberId, EntitlementAction action, int quantity, string sourceKey, Guid? bookingId, DateTime occurredAtUtc, string? reason = null)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceKey);
        TenantId = tenantId;
        EntitlementId = entitlementId;
        MemberId = memberId;
        Action = action;
        Quantity = quantity;
        SourceKey = sourceKey;
        BookingId = bookingId;
        OccurredAtUtc = occurredAtUtc;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The entitlement it draws on.</summary>
    public Guid EntitlementId { get; private set; }

    /// <summary>The member.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>What happened.</summary>
    public EntitlementAction Action { get; private set; }

    /// <summary>Its effect on the balance, in credits (0 on an unlimited entitlement, for a forfeit, or a consumption converting a reservation).</summary>
    public int Quantity { get; private set; }

    /// <summary>What caused it: <c>booking:{id}</c>, <c>membership:{id}:period:{n}</c>, <c>entitlement:{id}</c>.</summary>
    public string SourceKey { get; private set; }

    /// <summary>The booking, for the entries a booking caused.</summary>
    public Guid? BookingId { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime OccurredAtUtc { get; private set; }

    /// <summary>Why (a staff waiver's reason, the rule applied).</summary>
    public string? Reason { get; private set; }

    /// <summary>The source key of a booking's entries.</summary>
    public static string BookingKey(Guid bookingId) => $"booking:{bookingId:N}";

    /// <summary>The source key of an entitlement's expiry.</summary>
    public static string ExpiryKey(Guid entitlementId) => $"entitlement:{entitlementId:N}";
}
