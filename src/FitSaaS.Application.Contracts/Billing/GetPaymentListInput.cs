using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>Payment list query: <c>?memberId=&amp;invoiceId=</c>, newest first. Members get their own.</summary>
public sealed class GetPaymentListInput : PagedResultRequestDto
{
    /// <summary>Only this member's (staff; members get their own).</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Only of this invoice.</summary>
    public Guid? InvoiceId { get; init; }
}
