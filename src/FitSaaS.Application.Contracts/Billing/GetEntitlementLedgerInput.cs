using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>Ledger query: <c>?memberId=&amp;entitlementId=&amp;skipCount=&amp;maxResultCount=</c>, newest first. Members get their own.</summary>
public sealed class GetEntitlementLedgerInput : PagedResultRequestDto
{
    /// <summary>The member (staff; members get their own).</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Only of this entitlement.</summary>
    public Guid? EntitlementId { get; init; }
}
