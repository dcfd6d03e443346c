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
    public async Task<InvoiceDto> VoidAsync(Guid id, CloseInvoiceDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var invoice = await invoices.GetAsync(id);
        invoice.Void(input.Reason, access.Now());
        await invoices.UpdateAsync(invoice, autoSave: true);
        await RefreshMembershipAsync(invoice);
        return invoice.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(BillingPermissions.Invoices.Manage)]
    public async Task<InvoiceDto> WriteOffAsync(Guid id, CloseInvoiceDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var invoice = await invoices.GetAsync(id);
        invoice.MarkUncollectible(input.Reason, access.Now());
        await invoices.UpdateAsync(invoice, autoSave: true);
        await RefreshMembershipAsync(invoice);
        return invoice.ToDto();
    }

    // Nothing overdue any more: its membership is reinstated in the same transaction.
    private async Task RefreshMembershipAsync(Invoice invoice)
    {
        if (invoice.MembershipId is { } id && await memberships.FindAsync(id) is { } membership)
        {
            await membershipManager.RefreshDunningAsync(membership, access.Now());
        }
    }
}
