using FitSaaS.Framework.Application;

namespace FitSaaS.Billing;

/// <summary>The gym's financial reports for staff with <c>Billing.Reports</c> (FitPro's financial reports): <c>/api/billing/reports</c>.</summary>
[HttpApiRoute("api/billing/reports")]
public interface IBillingReportAppService : IApplicationService
{
    /// <summary>
    /// Revenue by plan and month, MRR, members, churn, open debts and penalty income over the local dates
    /// <c>[fromDate, toDate]</c> in the gym's zone, in the gym's currency
    /// (<c>GET /api/billing/reports?fromDate=2026-01-01&amp;toDate=2026-03-31</c>).
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Billing:InvalidReportRange</c> when <c>toDate</c> is before <c>fromDate</c> or the range is longer than 366 days.
    /// </exception>
    Task<BillingReportDto> GetAsync(GetBillingReportInput input);
}
