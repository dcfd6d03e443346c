using System.Globalization;
using System.Runtime.CompilerServices;
using FitSaaS.Billing;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.PersonalData;
using static FitSaaS.Framework.PersonalData.MemberDataExportFormat;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <summary>
/// The <c>payments</c> dataset of a gym's member data export: one row per payment received (every status), oldest first
/// (received instant, then id). Columns, in order:
/// <list type="bullet">
/// <item><c>member_id</c>, <c>payment_id</c>, <c>invoice_id</c>: ids; <c>invoice_number</c>: the paid invoice's number (empty
/// while it has none).</item>
/// <item><c>amount</c>, <c>amount_refunded</c>: integer minor units of <c>currency</c> (ISO 4217).</item>
/// <item><c>provider</c>: the payment provider's name (<c>manual</c>, <c>stripe</c>); <c>method</c> (<see cref="PaymentMethod"/>
/// name); <c>status</c> (<see cref="PaymentStatus"/> name).</item>
/// <item><c>reference</c>: staff's reference (a terminal slip, a transfer's reference), empty when none. The provider's own
/// reference (a charge id) is never exported.</item>
/// <item><c>received_at</c>: when it was received; <c>last_refunded_at</c>: its latest refund, empty without one;
/// <c>created_at</c>: when it was recorded. UTC instants.</item>
/// </list>
/// Reads the current tenant's rows through the global filters (tenant).
/// </summary>
public sealed class PaymentsExportSource(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IMemberDataExportSource, ITransientDependency
{
    private static readonly string[] ColumnNames =
    [
        "member_id", "payment_id", "invoice_id", "invoice_number", "amount", "currency", "provider", "method", "status",
        "amount_refunded", "reference", "received_at", "last_refunded_at", "created_at",
    ];

    /// <inheritdoc/>
    public string Dataset => "payments";

    /// <inheritdoc/>
    public IReadOnlyList<string> Columns => ColumnNames;

    /// <inheritdoc/>
    public async IAsyncEnumerable<string?[]> ReadAsync(Guid? memberId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var db = await dbContextProvider.GetDbContextAsync(typeof(Payment), cancellationToken);
        var payments = db.Set<Payment>().AsNoTracking();
        if (memberId is { } member)
        {
            payments = payments.Where(p => p.MemberId == member);
        }

        var refunds = db.Set<PaymentRefund>().AsNoTracking();
        var rows =
            from p in payments
            join i in db.Set<Invoice>().AsNoTracking() on p.InvoiceId equals i.Id into invoices
            from i in invoices.DefaultIfEmpty()
            orderby p.ReceivedAtUtc, p.Id
            select new
            {
                p.MemberId,
                p.Id,
                p.InvoiceId,
                InvoiceNumber = i == null ? null : i.Number,
                p.Amount,
                p.Currency,
                p.Provider,
                p.Method,
                p.Status,
                p.AmountRefunded,
                p.Reference,
                p.ReceivedAtUtc,
                LastRefundedAt = refunds.Where(r => r.PaymentId == p.Id).Max(r => (DateTime?)r.RefundedAtUtc),
                p.CreationTime,
            };
        await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                Id(r.MemberId), Id(r.Id), Id(r.InvoiceId), r.InvoiceNumber, r.Amount.ToString(CultureInfo.InvariantCulture), r.Currency,
                r.Provider, r.Method.ToString(), r.Status.ToString(), r.AmountRefunded.ToString(CultureInfo.InvariantCulture), r.Reference,
                Instant(r.ReceivedAtUtc), Instant(r.LastRefundedAt), Instant(r.CreationTime),
            ];
        }
    }
}
