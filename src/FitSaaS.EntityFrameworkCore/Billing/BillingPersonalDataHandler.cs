using FitSaaS.Billing;
using FitSaaS.Billing.Stripe;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <summary>
/// The Billing module's part in a data subject request (<c>Billing.Billing</c>): the member's memberships (with freezes),
/// invoices (with lines), payments, credit notes, entitlements (with their ledger), online payments, disputes and saved card
/// (Stripe customer) and attempts to save a card. Erasure first deletes the member's Stripe Customers on the gym's connected
/// accounts (<see cref="StripeCustomerManager.DeleteOfMemberAsync"/>; a customer Stripe no longer has counts as deleted),
/// then ends the live memberships at once (as staff would), deletes the local customer records, card setups and the dunning
/// schedule, clears the free-text reasons, and keeps the financial records (commercial and tax law retention), which name the
/// member only by the id of the pseudonymised user.
/// <para>
/// When Stripe cannot delete a customer (unreachable, not configured, refusing) the erasure fails with
/// <see cref="BillingErrorCodes.StripeCustomerNotErased"/> before anything local changes, and the caller's unit of work
/// rolls back every area's changes: the data subject request stays open and is processed again; the customers deleted at
/// Stripe meanwhile count as deleted then. The erasure is never reported done while a customer is left at Stripe.
/// </para>
/// </summary>
public sealed class BillingPersonalDataHandler(
    IDbContextProvider<FitSaaSDbContext> dbContextProvider,
    IDataFilter dataFilter,
    MembershipManager membershipManager,
    StripeCustomerManager stripeCustomers,
    TimeProvider clock) : IPersonalDataHandler, ITransientDependency
{
    /// <summary>Why the financial records are kept (the erasure result's note).</summary>
    public const string RetentionNote =
        "Memberships, invoices, payments, credit notes, entitlements and online payments are kept for the legal retention " +
        "(commercial and tax law); they hold no name, e-mail or address and point only to the pseudonymised user.";

    /// <inheritdoc/>
    public string Area => "Billing.Billing";

    /// <inheritdoc/>
    public async Task<object?> ExportAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var db = await dbContextProvider.GetDbContextAsync(typeof(Invoice), cancellationToken);
        var memberships = await (
            from m in db.Set<Membership>().AsNoTracking().Where(m => m.MemberId == memberId)
            join p in db.Set<Plan>().AsNoTracking() on m.PlanId equals p.Id into plans
            from p in plans.DefaultIfEmpty()
            orderby m.StartDate, m.Id
            select new
            {
                m.Id,
                Plan = p == null ? null : p.Name,
                Kind = m.Kind.ToString(),
                Status = m.Status.ToString(),
                m.Price,
                m.Currency,
                m.StartDate,
                m.CurrentPeriodStart,
                m.CurrentPeriodEnd,
                m.MinimumTermEndDate,
                m.CancellationRequestedAtUtc,
                m.CancelEffectiveDate,
                m.CancellationReason,
                m.EndedAtUtc,
            }).ToListAsync(cancellationToken);
        var membershipIds = memberships.Select(m => m.Id).ToList();
        var freezes = await db.Set<MembershipFreeze>().AsNoTracking()
            .Where(f => membershipIds.Contains(f.MembershipId))
            .OrderBy(f => f.StartDate)
            .Select(f => new { f.MembershipId, f.StartDate, f.EndDate, f.Reason })
            .ToListAsync(cancellationToken);
        var invoices = await db.Set<Invoice>().AsNoTracking()
            .Where(i => i.MemberId == memberId)
            .OrderBy(i => i.IssuedAtUtc).ThenBy(i => i.Id)
            .Select(i => new
            {
                i.Id,
                i.Number,
                Status = i.Status.ToString(),
                i.Currency,
                i.Subtotal,
                i.Tax,
                i.Total,
                i.AmountPaid,
                i.AmountCredited,
                i.IssuedAtUtc,
                i.DueAtUtc,
                i.PaidAtUtc,
                i.ClosedAtUtc,
            })
            .ToListAsync(cancellationToken);
        var invoiceIds = invoices.Select(i => i.Id).ToList();
        var lines = await db.Set<InvoiceLine>().AsNoTracking()
            .Where(l => invoiceIds.Contains(l.InvoiceId))
            .Select(l => new { l.InvoiceId, l.Description, l.Quantity, l.UnitAmount, l.Net, l.Tax, l.Total, l.PeriodStart, l.PeriodEnd })
            .ToListAsync(cancellationToken);
        var payments = await db.Set<Payment>().AsNoTracking()
            .Where(p => p.MemberId == memberId)
            .OrderBy(p => p.ReceivedAtUtc).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.InvoiceId,
                p.Provider,
                Method = p.Method.ToString(),
                p.Amount,
                p.Currency,
                p.Reference,
                p.ReceivedAtUtc,
                Status = p.Status.ToString(),
                p.AmountRefunded,
            })
            .ToListAsync(cancellationToken);
        var creditNotes = await db.Set<CreditNote>().AsNoTracking()
            .Where(c => c.MemberId == memberId)
            .OrderBy(c => c.IssuedAtUtc)
            .Select(c => new { c.Id, c.Number, c.InvoiceId, c.Amount, c.Currency, c.Reason, c.IssuedAtUtc })
            .ToListAsync(cancellationToken);
        var entitlements = await db.Set<Entitlement>().AsNoTracking()
            .Where(e => e.MemberId == memberId)
            .OrderBy(e => e.GrantedAtUtc)
            .Select(e => new { e.Id, e.MembershipId, e.Unlimited, e.ValidFrom, e.ValidUntil, e.ActivatedOn, e.GrantedAtUtc })
            .ToListAsync(cancellationToken);
        var ledger = await db.Set<EntitlementLedgerEntry>().AsNoTracking()
            .Where(e => e.MemberId == memberId)
            .OrderBy(e => e.OccurredAtUtc)
            .Select(e => new { e.EntitlementId, Action = e.Action.ToString(), e.Quantity, e.BookingId, e.OccurredAtUtc, e.Reason })
            .ToListAsync(cancellationToken);
        var onlinePayments = await db.Set<OnlinePayment>().AsNoTracking()
            .Where(o => o.MemberId == memberId)
            .OrderBy(o => o.StartedAtUtc)
            .Select(o => new { o.Id, o.InvoiceId, o.Amount, o.Currency, Status = o.Status.ToString(), o.StartedAtUtc, o.CompletedAtUtc })
            .ToListAsync(cancellationToken);
        var disputes = await db.Set<PaymentDispute>().AsNoTracking()
            .Where(d => d.MemberId == memberId)
            .OrderBy(d => d.OpenedAtUtc)
            .Select(d => new { d.Id, d.PaymentId, d.Amount, d.Currency, d.Reason, d.Status, d.OpenedAtUtc, d.ClosedAtUtc })
            .ToListAsync(cancellationToken);
        var savedCard = await db.Set<StripeCustomer>().AsNoTracking()
            .Where(c => c.MemberId == memberId)
            .Select(c => new { HasSavedCard = c.DefaultPaymentMethodId != null, c.CreatedAtUtc })
            .FirstOrDefaultAsync(cancellationToken);
        var cardSetups = await db.Set<CardSetup>().AsNoTracking()
            .Where(c => c.MemberId == memberId)
            .OrderBy(c => c.CreatedAtUtc)
            .Select(c => new { Status = c.Status.ToString(), c.FailureCode, c.FailureMessage, c.CreatedAtUtc, c.UpdatedAtUtc })
            .ToListAsync(cancellationToken);
        if (memberships.Count + invoices.Count + payments.Count + creditNotes.Count + entitlements.Count + ledger.Count
            + onlinePayments.Count + disputes.Count + cardSetups.Count == 0 && savedCard is null)
        {
            return null;
        }

        return new
        {
            Memberships = memberships,
            Freezes = freezes,
            Invoices = invoices.Select(i => new { Invoice = i, Lines = lines.Where(l => l.InvoiceId == i.Id).ToList() }).ToList(),
            Payments = payments,
            CreditNotes = creditNotes,
            Entitlements = entitlements,
            EntitlementLedger = ledger,
            OnlinePayments = onlinePayments,
            Disputes = disputes,
            PaymentProfile = savedCard,
            CardSetups = cardSetups,
        };
    }

    /// <inheritdoc/>
    /// <exception cref="BusinessException"><see cref="BillingErrorCodes.StripeCustomerNotErased"/>: nothing erased, call again.</exception>
    public async Task<PersonalDataErasureResult> EraseAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var db = await dbContextProvider.GetDbContextAsync(typeof(Invoice), cancellationToken);
        var cardSetups = await db.Set<CardSetup>().CountAsync(c => c.MemberId == memberId, cancellationToken);
        int customers;
        try
        {
            // At Stripe first: a failure leaves everything local as it was (and rolls the erasure back).
            customers = await stripeCustomers.DeleteOfMemberAsync(memberId, cancellationToken);
        }
        catch (BusinessException ex) when (ex.Code is BillingErrorCodes.StripeUnavailable or BillingErrorCodes.StripeRequestFailed or BillingErrorCodes.StripeNotConfigured)
        {
            throw new BusinessException(
                    BillingErrorCodes.StripeCustomerNotErased,
                    "The member's Stripe customer could not be deleted at Stripe; nothing was erased. Process the erasure again.",
                    ex)
                .WithData("memberId", memberId)
                .WithData("reason", ex.Code);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var live = await db.Set<Membership>()
            .Where(m => m.MemberId == memberId && (m.Status == MembershipStatus.Pending || m.Status == MembershipStatus.Active
                || m.Status == MembershipStatus.PastDue || m.Status == MembershipStatus.Debt || m.Status == MembershipStatus.Frozen)
                && m.CancellationRequestedAtUtc == null)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        foreach (var membership in live)
        {
            try
            {
                await membershipManager.CancelAsync(membership, reason: null, immediately: true, now, cancellationToken);
            }
            catch (BusinessException)
            {
                // The contract refuses to end now (e.g. a minimum term): it ends when due; the member is pseudonymised meanwhile.
                await db.Entry(membership).ReloadAsync(cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        using var _ = dataFilter.Disable<ISoftDelete>();
        var deleted = customers + cardSetups;
        deleted += await db.Set<CardCollection>().Where(c => c.MemberId == memberId).ExecuteDeleteAsync(cancellationToken);

        var membershipIds = db.Set<Membership>().Where(m => m.MemberId == memberId).Select(m => m.Id);
        var pseudonymised = await db.Set<Membership>()
            .Where(m => m.MemberId == memberId && m.CancellationReason != null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.CancellationReason, (string?)null), cancellationToken);
        pseudonymised += await db.Set<MembershipFreeze>()
            .Where(f => membershipIds.Contains(f.MembershipId) && f.Reason != null)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Reason, (string?)null), cancellationToken);
        pseudonymised += await db.Set<EntitlementLedgerEntry>()
            .Where(e => e.MemberId == memberId && e.Reason != null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Reason, (string?)null), cancellationToken);
        foreach (var entry in db.ChangeTracker.Entries<Membership>().Where(e => e.Entity.MemberId == memberId).ToList())
        {
            entry.State = Microsoft.EntityFrameworkCore.EntityState.Detached;
        }

        var retained = await db.Set<Membership>().CountAsync(m => m.MemberId == memberId, cancellationToken)
            + await db.Set<Invoice>().CountAsync(i => i.MemberId == memberId, cancellationToken)
            + await db.Set<Payment>().CountAsync(p => p.MemberId == memberId, cancellationToken)
            + await db.Set<CreditNote>().CountAsync(c => c.MemberId == memberId, cancellationToken)
            + await db.Set<Entitlement>().CountAsync(e => e.MemberId == memberId, cancellationToken)
            + await db.Set<OnlinePayment>().CountAsync(o => o.MemberId == memberId, cancellationToken)
            + await db.Set<PaymentDispute>().CountAsync(d => d.MemberId == memberId, cancellationToken);
        return deleted + pseudonymised + retained == 0
            ? PersonalDataErasureResult.Nothing
            : new PersonalDataErasureResult(deleted, pseudonymised, retained, retained == 0 ? null : RetentionNote);
    }
}
