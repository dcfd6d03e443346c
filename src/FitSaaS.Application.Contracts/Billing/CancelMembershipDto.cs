using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Billing;

/// <summary>
/// Cancels a membership: a recurring one ends on <c>max(today + notice, minimum term end)</c> (setting
/// <c>Billing.CancellationNoticeDays</c>); packs, drop-ins, courses and pending ones at once.
/// </summary>
public sealed class CancelMembershipDto
{
    /// <summary>Why (optional for members).</summary>
    [StringLength(InvoiceConsts.MaxReasonLength)]
    public string? Reason { get; init; }

    /// <summary>Staff only: end it today, without notice (the minimum term still applies).</summary>
    public bool Immediately { get; init; }
}
