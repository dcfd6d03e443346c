namespace FitSaaS.Billing;

/// <summary>Balances query: <c>?memberId=&amp;includeEnded=</c>. Members get their own.</summary>
public sealed class GetEntitlementListInput
{
    /// <summary>The member (staff; members get their own).</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Include entitlements whose last day has passed (default false).</summary>
    public bool IncludeEnded { get; init; }
}
