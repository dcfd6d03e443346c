using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>
/// Invoices (<c>/api/billing/invoices</c>): members read their own; staff (<c>Billing.Invoices.Manage</c>) read all, void
/// unpaid ones and write off debts. Payments: <see cref="IPaymentAppService"/>.
/// </summary>
public interface IInvoiceAppService : IApplicationService
{
    /// <summary>A page of invoices, newest first.</summary>
    Task<PagedResultDto<InvoiceDto>> GetListAsync(GetInvoiceListInput input);

    /// <summary>One invoice with its lines.</summary>
    Task<InvoiceDto> GetAsync(Guid id);

    /// <summary>Voids an open invoice nothing was paid on (<c>Billing:InvalidInvoiceStatus</c>, otherwise).</summary>
    Task<InvoiceDto> VoidAsync(Guid id, CloseInvoiceDto input);

    /// <summary>Writes an open invoice off as uncollectible (Arbox's open debts); its membership is reinstated when nothing else is overdue.</summary>
    Task<InvoiceDto> WriteOffAsync(Guid id, CloseInvoiceDto input);
}
