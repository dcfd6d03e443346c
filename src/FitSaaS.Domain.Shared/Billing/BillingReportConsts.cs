namespace FitSaaS.Billing;

/// <summary>Limits and labels of the financial reports (<c>/api/billing/reports</c>).</summary>
public static class BillingReportConsts
{
    /// <summary>The longest range of a report, in days (<c>ToDate − FromDate + 1</c>); longer is <see cref="BillingErrorCodes.InvalidReportRange"/>.</summary>
    public const int MaxRangeDays = 366;

    /// <summary>The name of the revenue row of invoices without a plan line (penalties, fees).</summary>
    public const string PenaltiesAndFeesRowName = "Penalties and fees";

    /// <summary>The format of a row's month (<c>2026-03</c>), a calendar month in the gym's zone.</summary>
    public const string MonthFormat = "yyyy-MM";
}
