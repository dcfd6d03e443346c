using System.Linq.Expressions;
using FitSaaS.Billing;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <inheritdoc cref="IBillingReportRepository"/>
/// <remarks>
/// Every figure is a translated aggregate: no invoice, payment or membership row comes to memory. Months are not extracted
/// from dates in SQL (SQLite stores instants as text and the months are the gym's, not UTC's): the caller gives the UTC
/// instants that bound them and each row's bucket is a <c>CASE WHEN at &lt; b1 THEN 0 WHEN at &lt; b2 THEN 1 …</c> built here,
/// grouped with the plan in the database — one statement each for invoices, payments and refunds, whatever the number of
/// months. Amounts are <c>long</c> columns (SQLite cannot sum <c>decimal</c>). The tenant and soft-delete filters apply to
/// every table. Translated alike by SQLite and PostgreSQL.
/// </remarks>
public sealed class EfCoreBillingReportRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IBillingReportRepository, ITransientDependency
{
    /// <inheritdoc/>
    public async Task<List<BillingRevenueGroup>> GetRevenueAsync(IReadOnlyList<DateTime> boundaries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        if (boundaries.Count < 2 || boundaries.Zip(boundaries.Skip(1)).Any(p => p.First >= p.Second))
        {
            throw new ArgumentException("At least two ascending instants are needed.", nameof(boundaries));
        }

        var db = await dbContextProvider.GetDbContextAsync(typeof(Invoice), cancellationToken);
        var start = Utc(boundaries[0]);
        var end = Utc(boundaries[^1]);
        var invoices = ClassifiedInvoices(db);
        var bucketed = Bucketed(boundaries);

        var invoiced = await Group(
            invoices
                .Where(i => i.Status != InvoiceStatus.Void && i.IssuedAtUtc >= start && i.IssuedAtUtc < end)
                .Select(i => new MoneyRow { PlanId = i.PlanId, At = i.IssuedAtUtc!.Value, Amount = i.Total, Tax = i.Tax })
                .Select(bucketed),
            cancellationToken);
        var received = await Group(
            (from p in db.Set<Payment>().AsNoTracking()
             join i in invoices on p.InvoiceId equals i.Id
             where p.ReceivedAtUtc >= start && p.ReceivedAtUtc < end
             select new MoneyRow { PlanId = i.PlanId, At = p.ReceivedAtUtc, Amount = p.Amount, Tax = 0 })
            .Select(bucketed),
            cancellationToken);
        var refunded = await Group(
            (from r in db.Set<PaymentRefund>().AsNoTracking()
             join p in db.Set<Payment>().AsNoTracking() on r.PaymentId equals p.Id
             join i in invoices on p.InvoiceId equals i.Id
             where r.RefundedAtUtc >= start && r.RefundedAtUtc < end
             select new MoneyRow { PlanId = i.PlanId, At = r.RefundedAtUtc, Amount = r.Amount, Tax = 0 })
            .Select(bucketed),
            cancellationToken);

        return invoiced.Keys.Union(received.Keys).Union(refunded.Keys)
            .Select(key => new BillingRevenueGroup(
                key.Bucket,
                key.PlanId,
                invoiced.GetValueOrDefault(key).Amount,
                invoiced.GetValueOrDefault(key).Tax,
                received.GetValueOrDefault(key).Amount,
                refunded.GetValueOrDefault(key).Amount))
            .OrderBy(g => g.Bucket)
            .ThenBy(g => g.PlanId)
            .ToList();
    }

    /// <inheritdoc/>
    public async Task<BillingMembershipFigures> GetMembershipFiguresAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var db = await dbContextProvider.GetDbContextAsync(typeof(Membership), cancellationToken);
        var start = Utc(fromUtc);
        var end = Utc(toUtc);
        var memberships = db.Set<Membership>().AsNoTracking();
        var liveAtEnd = memberships.Where(m => m.ActivatedAtUtc < end && (m.EndedAtUtc == null || m.EndedAtUtc >= end));

        var liveAtStart = await memberships.CountAsync(m => m.ActivatedAtUtc < start && (m.EndedAtUtc == null || m.EndedAtUtc >= start), cancellationToken);
        var activeMembers = await liveAtEnd.Select(m => m.MemberId).Distinct().CountAsync(cancellationToken);
        var activated = await memberships.CountAsync(m => m.ActivatedAtUtc >= start && m.ActivatedAtUtc < end, cancellationToken);
        var ended = await memberships.CountAsync(
            m => (m.Status == MembershipStatus.Cancelled || m.Status == MembershipStatus.Expired) && m.ActivatedAtUtc != null &&
                 m.EndedAtUtc >= start && m.EndedAtUtc < end,
            cancellationToken);
        var recurring = await liveAtEnd
            .Where(m => m.Kind == PlanKind.Membership && m.Interval != null && m.IntervalCount != null)
            .GroupBy(m => new { m.Interval, m.IntervalCount })
            .Select(g => new { g.Key.Interval, g.Key.IntervalCount, Count = g.Count(), PriceSum = g.Sum(m => m.Price) })
            .ToListAsync(cancellationToken);

        return new BillingMembershipFigures(
            liveAtStart,
            activeMembers,
            activated,
            ended,
            recurring
                .Select(g => new RecurringPriceGroup(g.Interval!.Value, g.IntervalCount!.Value, g.Count, g.PriceSum))
                .OrderBy(g => g.Interval).ThenBy(g => g.IntervalCount)
                .ToList());
    }

    /// <inheritdoc/>
    public async Task<BillingDebtFigures> GetDebtFiguresAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        var db = await dbContextProvider.GetDbContextAsync(typeof(Invoice), cancellationToken);
        var at = Utc(now);
        var unpaid = db.Set<Invoice>().AsNoTracking()
            .Where(i => (i.Status == InvoiceStatus.Open || i.Status == InvoiceStatus.Uncollectible) && i.AmountPaid < i.Total);
        var outstanding = await unpaid.SumAsync(i => i.Total - i.AmountPaid, cancellationToken);
        var overdue = await unpaid.Where(i => i.DueAtUtc < at).SumAsync(i => i.Total - i.AmountPaid, cancellationToken);
        return new BillingDebtFigures(outstanding, overdue);
    }

    /// <inheritdoc/>
    public async Task<long> GetPenaltyIncomeAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var db = await dbContextProvider.GetDbContextAsync(typeof(Invoice), cancellationToken);
        var start = Utc(fromUtc);
        var end = Utc(toUtc);
        return await (
                from l in db.Set<InvoiceLine>().AsNoTracking()
                join i in db.Set<Invoice>().AsNoTracking() on l.InvoiceId equals i.Id
                where l.Kind == InvoiceLineKind.Penalty && i.Status == InvoiceStatus.Paid && i.PaidAtUtc >= start && i.PaidAtUtc < end
                select l.Total)
            .SumAsync(cancellationToken);
    }

    // Each invoice with the plan it is revenue of: its membership's plan when it has a plan line, none otherwise (penalties,
    // fees). Left joins, not scalar subqueries, so the plan id is a plain CASE over columns that both databases group by.
    private static IQueryable<ClassifiedInvoice> ClassifiedInvoices(FitSaaSDbContext db)
    {
        var withPlanLine = db.Set<InvoiceLine>().AsNoTracking()
            .Where(l => l.Kind == InvoiceLineKind.Plan)
            .Select(l => (Guid?)l.InvoiceId)
            .Distinct();
        return from i in db.Set<Invoice>().AsNoTracking()
               join m in db.Set<Membership>().AsNoTracking() on i.MembershipId equals (Guid?)m.Id into ms
               from m in ms.DefaultIfEmpty()
               join pl in withPlanLine on (Guid?)i.Id equals pl into pls
               from pl in pls.DefaultIfEmpty()
               select new ClassifiedInvoice
               {
                   Id = i.Id,
                   PlanId = pl != null && m != null ? (Guid?)m.PlanId : null,
                   Status = i.Status,
                   IssuedAtUtc = i.IssuedAtUtc,
                   Total = i.Total,
                   Tax = i.Tax,
               };
    }

    private static async Task<Dictionary<(int Bucket, Guid? PlanId), (long Amount, long Tax)>> Group(
        IQueryable<BucketedRow> rows, CancellationToken cancellationToken) =>
        (await rows
            .GroupBy(r => new { r.Bucket, r.PlanId })
            .Select(g => new { g.Key.Bucket, g.Key.PlanId, Amount = g.Sum(r => r.Amount), Tax = g.Sum(r => r.Tax) })
            .ToListAsync(cancellationToken))
        .ToDictionary(g => (g.Bucket, g.PlanId), g => (g.Amount, g.Tax));

    // r => new BucketedRow { Bucket = r.At < b1 ? 0 : r.At < b2 ? 1 : … : -1, … }: a CASE the database evaluates. The final
    // -1 is never reached (the rows are filtered to [b0, bn)); it keeps the key an expression even for a single month (a
    // constant in GROUP BY would read as a column ordinal).
    private static Expression<Func<MoneyRow, BucketedRow>> Bucketed(IReadOnlyList<DateTime> boundaries)
    {
        var row = Expression.Parameter(typeof(MoneyRow), "r");
        var at = Expression.Property(row, nameof(MoneyRow.At));
        Expression bucket = Expression.Constant(-1);
        for (var i = boundaries.Count - 1; i >= 1; i--)
        {
            bucket = Expression.Condition(Expression.LessThan(at, Expression.Constant(Utc(boundaries[i]))), Expression.Constant(i - 1), bucket);
        }

        var init = Expression.MemberInit(
            Expression.New(typeof(BucketedRow)),
            Expression.Bind(typeof(BucketedRow).GetProperty(nameof(BucketedRow.Bucket))!, bucket),
            Expression.Bind(typeof(BucketedRow).GetProperty(nameof(BucketedRow.PlanId))!, Expression.Property(row, nameof(MoneyRow.PlanId))),
            Expression.Bind(typeof(BucketedRow).GetProperty(nameof(BucketedRow.Amount))!, Expression.Property(row, nameof(MoneyRow.Amount))),
            Expression.Bind(typeof(BucketedRow).GetProperty(nameof(BucketedRow.Tax))!, Expression.Property(row, nameof(MoneyRow.Tax))));
        return Expression.Lambda<Func<MoneyRow, BucketedRow>>(init, row);
    }

    private static DateTime Utc(DateTime instant) =>
        instant.Kind == DateTimeKind.Utc ? instant : DateTime.SpecifyKind(instant.ToUniversalTime(), DateTimeKind.Utc);

    private sealed class ClassifiedInvoice
    {
        public Guid Id { get; init; }

        public Guid? PlanId { get; init; }

        public InvoiceStatus Status { get; init; }

        public DateTime? IssuedAtUtc { get; init; }

        public long Total { get; init; }

        public long Tax { get; init; }
    }

    private sealed class MoneyRow
    {
        public Guid? PlanId { get; init; }

        public DateTime At { get; init; }

        public long Amount { get; init; }

        public long Tax { get; init; }
    }

    private sealed class BucketedRow
    {
        public int Bucket { get; init; }

        public Guid? PlanId { get; init; }

        public long Amount { get; init; }

        public long Tax { get; init; }
    }
}
