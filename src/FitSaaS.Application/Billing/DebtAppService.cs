using FitSaaS.Framework.Application;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing;

/// <inheritdoc cref="IDebtAppService"/>
[Authorize(BillingPermissions.Invoices.Manage)]
public sealed class DebtAppService(IInvoiceRepository invoices, BillingAccess access) : ApplicationService, IDebtAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<MemberDebtDto>> GetListAsync(GetDebtListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = access.Now();
        var debts = (await invoices.GetUnpaidAsync(input.MemberId))
            .GroupBy(i => i.MemberId)
            .Select(g => new MemberDebtDto
            {
                MemberId = g.Key,
                AmountDue = g.Sum(i => i.AmountDue),
                AmountOverdue = g.Where(i => i.DueAtUtc < now).Sum(i => i.AmountDue),
                Currency = g.First().Currency,
                OldestDueAtUtc = g.Min(i => i.DueAtUtc),
                Invoices = g.Select(i => i.ToDto()).ToList(),
            })
            .Where(d => !input.OverdueOnly || d.AmountOverdue > 0)
            .OrderByDescending(d => d.AmountDue)
            .ToList();
        return new PagedResultDto<MemberDebtDto>(debts.Count, debts);
    }
}
