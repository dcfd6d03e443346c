using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>Dispute list query: <c>?openOnly=</c>, newest first.</summary>
public sealed class GetPaymentDisputeListInput : PagedResultRequestDto
{
    /// <summary>Only disputes not decided yet (not won or lost); default false.</summary>
    public bool OpenOnly { get; init; }
}
