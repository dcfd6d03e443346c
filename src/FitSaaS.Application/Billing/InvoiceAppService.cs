using FitSaaS.Framework.Application;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing;

/// <inheritdoc cref="IInvoiceAppService"/>
[Authorize(BillingPermissions.Invoices.Default)]
public sealed class InvoiceAppService(
    IInvoiceRepository invoices,
    IMembershipRepository memberships,
    MembershipManager membershipManager,
    BillingAccess access) : ApplicationService, IInvoiceAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<InvoiceDto>> GetListAsync(GetInvoiceListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var member = await access.ListScopeAsync(input.MemberId, BillingPermissions.Invoices.Manage);
        var (items, total) = await invoices.GetPagedListAsync(member, input.MembershipId, input.Status, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<InvoiceDto>(total, items.Select(i => i.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<InvoiceDto> GetAsync(Guid id)
    {
        var invoice = await invoices.GetAsync(id);
        await access.EnsureVisibleAsync(invoice.MemberId, BillingPermissions.Invoices.Manage, typeof(Invoice), id);
        return invoice.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(BillingPermissions.Invoices.Manage)]
    public Task<InvoiceDto> VoidAsync(Guid id, CloseInvoiceDto input) => CloseAsync(id, input, (invoice, reason, now) => invoice.Void(reason, now));

    /// <inheritdoc/>
    [Authorize(BillingPermissions.Invoices.Manage)]
    public Task<InvoiceDto> WriteOffAsync(Guid id, CloseInvoiceDto input) => CloseAsync(id, input, (invoice, reason, now) => invoice.MarkUncollectible(reason, now));

    // Voids or writes off; nothing overdue any more reinstates its membership in the same transaction.
    private async Task<InvoiceDto> CloseAsync(Guid id, CloseInvoiceDto input, Action<Invoice, string, DateTime> close)
    {
        ArgumentNullException.ThrowIfNull(input);
        var invoice = await invoices.GetAsync(id);
        close(invoice, input.Reason, access.Now());
        await invoices.UpdateAsync(invoice, autoSave: true);
        await RefreshMembershipAsync(invoice);
        return invoice.ToDto();
    }

    private async Task RefreshMembershipAsync(Invoice invoice)
    {
        if (invoice.MembershipId is { } id && await memberships.FindAsync(id) is { } membership)
        {
            await membershipManager.RefreshDunningAsync(membership, access.Now());
        }
    }
}
