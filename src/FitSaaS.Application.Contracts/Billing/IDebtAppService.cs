using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>
/// Open debts per member (<c>/api/billing/debts</c>, staff with <c>Billing.Invoices.Manage</c>): settle them with
/// <c>POST /api/billing/payments</c>, write them off with <c>POST /api/billing/invoices/{id}/write-off</c>.
/// </summary>
public interface IDebtAppService : IApplicationService
{
    /// <summary>Members with unpaid invoices, largest debt first.</summary>
    Task<PagedResultDto<MemberDebtDto>> GetListAsync(GetDebtListInput input);
}
