using System.Globalization;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Billing;

/// <inheritdoc cref="IBillingReportAppService"/>
[Authorize(BillingPermissions.Reports.Default)]
public sealed class BillingReportAppService(
    IBillingReportRepository reports,
    IPlanRepository plans,
    BillingCalendar calendar,
    BillingAccess access) : ApplicationService, IBillingReportAppService
{
    /// <inheritdoc/>
    public async Task<BillingReportDto> GetAsync(GetBillingReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var fromDate = input.FromDate!.Value;
        var toDate = input.ToDate!.Value;
        var days = toDate.DayNumber - fromDate.DayNumber + 1;
        if (days < 1 || days > BillingReportConsts.MaxRangeDays)
        {
            throw new BusinessException(BillingErrorCodes.InvalidReportRange,
                    $"A report covers 1 to {BillingReportConsts.MaxRangeDays} days: toDate on or after fromDate.")
                .WithData("fromDate", fromDate.ToString("O", CultureInfo.InvariantCulture))
                .WithData("toDate", toDate.ToString("O", CultureInfo.InvariantCulture))
                .WithData("maxDays", BillingReportConsts.MaxRangeDays);
        }

        var zone = await calendar.GetTimeZoneIdAsync();
        var currency = await calendar.GetCurrencyAsync();
        var months = Months(fromDate, toDate);
        var boundaries = months.Select(m => BillingCalendar.StartOfDayUtc(m, zone)).Append(BillingCalendar.StartOfDayUtc(toDate.AddDays(1), zone)).ToList();
        var fromUtc = boundaries[0];
        var toUtc = boundaries[^1];
        var now = access.Now();

        var revenue = await reports.GetRevenueAsync(boundaries);
        var figures = await reports.GetMembershipFiguresAsync(fromUtc, toUtc);
        var debts = await reports.GetDebtFiguresAsync(now);
        var penalties = await reports.GetPenaltyIncomeAsync(fromUtc, toUtc);
        var planNames = revenue.Any(g => g.PlanId is not null)
            ? (await plans.GetAllAsync()).ToDictionary(p => p.Id, p => p.Name)
            : [];

        var rows = revenue
            .Select(g => new BillingRevenueRowDto
            {
                Month = months[g.Bucket].ToString(BillingReportConsts.MonthFormat, CultureInfo.InvariantCulture),
                PlanId = g.PlanId,
                PlanName = g.PlanId is { } planId
                    ? planNames.GetValueOrDefault(planId) ?? planId.ToString("D")
                    : BillingReportConsts.PenaltiesAndFeesRowName,
                Invoiced = g.Invoiced,
                Tax = g.Tax,
                Collected = g.Received - g.Refunded,
                Refunded = g.Refunded,
            })
            .OrderBy(r => r.Month, StringComparer.Ordinal)
            .ThenBy(r => r.PlanId is null)
            .ThenBy(r => r.PlanName, StringComparer.Ordinal)
            .ThenBy(r => r.PlanId)
            .ToList();

        return new BillingReportDto
        {
            FromDate = fromDate,
            ToDate = toDate,
            TimeZoneId = zone,
            Currency = currency,
            FromUtc = fromUtc,
            ToUtc = toUtc,
            Rows = rows,
            Totals = new BillingReportTotalsDto
            {
                Invoiced = rows.Sum(r => r.Invoiced),
                Tax = rows.Sum(r => r.Tax),
                Collected = rows.Sum(r => r.Collected),
                Refunded = rows.Sum(r => r.Refunded),
            },
            MonthlyRecurringRevenue = MonthlyRecurringRevenue(figures.RecurringAtEnd),
            ActiveMembers = figures.ActiveMembersAtEnd,
            LiveMembershipsAtStart = figures.LiveAtStart,
            NewMemberships = figures.Activated,
            ChurnedMemberships = figures.Ended,
            ChurnRateBasisPoints = figures.LiveAtStart == 0 ? 0 : (int)BillingMath.DivideHalfUp((Int128)figures.Ended * 10_000, figures.LiveAtStart),
            OutstandingDebt = debts.Outstanding,
            OverdueDebt = debts.Overdue,
            DebtsAtUtc = now,
            PenaltyIncome = penalties,
        };
    }

    /// <summary>
    /// Σ of the groups' prices normalized to a month — <c>price / n</c> for n months, <c>price × 52 / (12 × n)</c> for n
    /// weeks, <c>price / (12 × n)</c> for n years — as one exact fraction over a common denominator, rounded once, half up
    /// (<see cref="BillingMath.DivideHalfUp"/>), in minor units.
    /// </summary>
    public static long MonthlyRecurringRevenue(IEnumerable<RecurringPriceGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var terms = groups
            .Select(g => g.Interval switch
            {
                BillingInterval.Month => (Numerator: (Int128)g.PriceSum, Denominator: (long)g.IntervalCount),
                BillingInterval.Week => (Numerator: (Int128)g.PriceSum * 52, Denominator: 12L * g.IntervalCount),
                BillingInterval.Year => (Numerator: (Int128)g.PriceSum, Denominator: 12L * g.IntervalCount),
                _ => throw new ArgumentOutOfRangeException(nameof(groups), g.Interval, "Unknown billing interval."),
            })
            .ToList();
        if (terms.Count == 0)
        {
            return 0;
        }

        var denominator = terms.Aggregate(1L, (lcm, t) => lcm / Gcd(lcm, t.Denominator) * t.Denominator);
        var numerator = terms.Aggregate(Int128.Zero, (sum, t) => sum + (t.Numerator * (denominator / t.Denominator)));
        return BillingMath.DivideHalfUp(numerator, denominator);
    }

    // The first day of each calendar month the range touches: fromDate, then the 1st of every later month up to toDate.
    private static List<DateOnly> Months(DateOnly fromDate, DateOnly toDate)
    {
        var months = new List<DateOnly> { fromDate };
        for (var first = new DateOnly(fromDate.Year, fromDate.Month, 1).AddMonths(1); first <= toDate; first = first.AddMonths(1))
        {
            months.Add(first);
        }

        return months;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
