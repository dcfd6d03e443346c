using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.Application;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing;

/// <inheritdoc cref="IPaymentDisputeAppService"/>
[Authorize(BillingPermissions.Invoices.Manage)]
public sealed class PaymentDisputeAppService(IPaymentDisputeRepository disputes) : ApplicationService, IPaymentDisputeAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<PaymentDisputeDto>> GetListAsync(GetPaymentDisputeListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (items, total) = await disputes.GetPagedListAsync(input.OpenOnly, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<PaymentDisputeDto>(total, items.Select(d => new PaymentDisputeDto
        {
            Id = d.Id,
            DisputeId = d.DisputeId,
            PaymentId = d.PaymentId,
            InvoiceId = d.InvoiceId,
            MemberId = d.MemberId,
            Amount = d.Amount,
            Currency = d.Currency,
            Reason = d.Reason,
            Status = d.Status,
            EvidenceDueByUtc = d.EvidenceDueByUtc,
            OpenedAtUtc = d.OpenedAtUtc,
            ClosedAtUtc = d.ClosedAtUtc,
        }).ToList());
    }
}
