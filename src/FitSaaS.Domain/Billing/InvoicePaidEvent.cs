namespace FitSaaS.Billing;

/// <summary>Local event: an invoice was paid in full (raised in the payment's unit of work; Billing activates or reinstates its membership).</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="MemberId">The member.</param>
/// <param name="MembershipId">Its membership, if any.</param>
/// <param name="PaidAtUtc">When (UTC).</param>
public sealed record InvoicePaidEvent(Guid InvoiceId, Guid MemberId, Guid? MembershipId, DateTime PaidAtUtc);
