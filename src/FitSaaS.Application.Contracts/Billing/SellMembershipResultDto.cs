namespace FitSaaS.Billing;

/// <summary>A sale: the membership and its first invoice.</summary>
public sealed class SellMembershipResultDto
{
    /// <summary>The membership (pending until the invoice is paid; active at once for a free plan).</summary>
    public required MembershipDto Membership { get; init; }

    /// <summary>Its first invoice.</summary>
    public required InvoiceDto Invoice { get; init; }
}
