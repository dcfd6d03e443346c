using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>Invoice list query: <c>?memberId=&amp;membershipId=&amp;status=</c>, newest first. Members get their own.</summary>
public sealed class GetInvoiceListInput : PagedResultRequestDto
{
    /// <summary>Only this member's (staff; members get their own).</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Only of this membership.</summary>
    public Guid? MembershipId { get; init; }

    /// <summary>Only in this status.</summary>
    public InvoiceStatus? Status { get; init; }
}
