using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing;

/// <summary>
/// Freezes a recurring membership from <see cref="StartDate"/> to <see cref="EndDate"/> (inclusive, the gym's local dates):
/// the term and billing dates move by its length. Limits: <c>Billing.FreezeMaxDays</c>, <c>Billing.FreezeMinNoticeDays</c>
/// (members only), not during a cancellation notice, not overlapping — else <c>Billing:FreezeNotAllowed</c> (data <c>rule</c>).
/// </summary>
public sealed class FreezeMembershipDto
{
    /// <summary>First frozen day.</summary>
    public DateOnly StartDate { get; init; }

    /// <summary>Last frozen day.</summary>
    public DateOnly EndDate { get; init; }

    /// <summary>Why (optional).</summary>
    [StringLength(InvoiceConsts.MaxReasonLength)]
    public string? Reason { get; init; }
}
