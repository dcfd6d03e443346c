using FitSaaS.Bookings;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;

namespace FitSaaS.Billing;

/// <summary>
/// Demo data for a tenant (only with <see cref="DataSeedContext.IncludeDemoData"/>), after Bookings' (this module depends on
/// it): the plans a CrossFit box sells — unlimited and 8-a-month memberships, a 10-class pack, an intro pack activated on
/// first use and bought once, a drop-in; New York sales tax (8.875 %, on its own line) — for the demo's WOD and Yoga Flow
/// classes (Open Gym stays free: no plan covers it), and, for the first demo members
/// Identity's seed left (<see cref="IdentityConsts.DemoMemberIdsSeedProperty"/>), memberships with two months of history:
/// invoices issued and paid in cash, by card terminal and bank transfer (one in two parts), a renewal left unpaid (an open
/// debt, the member past due), an 8-a-month membership renewing within three days (the lifecycle job reminds its member,
/// ADR 0070), a pack, an intro offer waiting for its first class. The reports then have revenue over two
/// months, MRR, a debt and collected payments. Idempotent: plans are found by name, and the memberships are sold only when the tenant has none.
/// </summary>
public sealed class BillingDemoDataSeedContributor(
    IPlanRepository plans,
    IClassTypeRepository classTypes,
    IMembershipRepository memberships,
    IInvoiceRepository invoices,
    PlanManager planManager,
    MembershipManager membershipManager,
    PaymentManager payments,
    BillingCalendar calendar,
    IUnitOfWorkManager unitOfWorkManager,
    TimeProvider timeProvider) : IDataSeedContributor, ITransientDependency
{
    // Days from today a demo renewal falls on, in order of preference (DemoRenewalDate).
    private static readonly int[] s_renewalOffsets = [2, 1, 3];

    /// <summary>New York City's combined sales tax on gym memberships (percent).</summary>
    public const decimal SalesTaxPercent = 8.875m;

    /// <summary>The demo plans: name, description and terms (prices in cents, tax excluded).</summary>
    public static readonly IReadOnlyList<(string Name, string Description, PlanTerms Terms)> Catalog =
    [
        ("Unlimited monthly", "Every class, every day. Billed monthly; 30 days' notice.", new PlanTerms(
            PlanKind.Membership, 17900, SalesTaxPercent, TaxMode.Exclusive, BillingInterval.Month, 1)),
        ("8 classes a month", "Two classes a week. Billed monthly; unused classes do not roll over.", new PlanTerms(
            PlanKind.Membership, 13900, SalesTaxPercent, TaxMode.Exclusive, BillingInterval.Month, 1, Allowance: 8)),
        ("10-class pack", "Ten classes to use within 90 days of purchase.", new PlanTerms(
            PlanKind.ClassPack, 22000, SalesTaxPercent, TaxMode.Exclusive, Credits: 10, ValidityDays: 90, Activation: PackActivation.OnPurchase)),
        ("Intro offer: 3 classes", "New here? Three classes within 30 days of your first one. Once per member.", new PlanTerms(
            PlanKind.ClassPack, 4900, SalesTaxPercent, TaxMode.Exclusive, Credits: 3, ValidityDays: 30, Activation: PackActivation.OnFirstUse, OncePerMember: true)),
        ("Drop-in", "One class, valid 7 days.", new PlanTerms(
            PlanKind.DropIn, 2800, SalesTaxPercent, TaxMode.Exclusive, ValidityDays: 7)),
    ];

    /// <summary>The demo class types the plans cover (Bookings' demo names); the others are free to book.</summary>
    public static readonly IReadOnlyList<string> CoveredClassTypes = ["WOD", "Yoga Flow"];

    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IncludeDemoData || context.TenantId is null)
        {
            return;
        }

        var existing = await plans.GetAllAsync(cancellationToken);
        var covered = new List<Guid>();
        foreach (var name in CoveredClassTypes)
        {
            if (await classTypes.FindByNameAsync(name, cancellationToken) is { } classType)
            {
                covered.Add(classType.Id);
            }
        }

        var byName = new Dictionary<string, Plan>(StringComparer.Ordinal);
        foreach (var (name, description, terms) in Catalog)
        {
            byName[name] = existing.FirstOrDefault(p => p.Name == name)
                ?? await planManager.CreateAsync(name, description, terms with { ClassTypeIds = covered }, cancellationToken);
        }

        // Saved before they are sold: the sales read them back.
        await SaveAsync(cancellationToken);

        var members = context.Properties.TryGetValue(IdentityConsts.DemoMemberIdsSeedProperty, out var value) && value is IReadOnlyList<Guid> ids ? ids : [];
        if (members.Count < 5 || (await memberships.GetPagedListAsync(null, null, null, 0, 1, cancellationToken)).TotalCount > 0)
        {
            return;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;

        // Two months of an unlimited member: sold 40 days ago, paid in cash, renewed and paid by card.
        var unlimited = await SellAsync(members[0], byName["Unlimited monthly"], now.AddDays(-40), PaymentMethod.Cash, cancellationToken);
        await RenewAsync(unlimited, PaymentMethod.CardTerminal, cancellationToken);

        // 8 a month, sold almost a month ago by bank transfer in two parts: it renews within the default three days of
        // Billing.RenewalReminderDays, so the lifecycle job's next run reminds its member of the coming charge.
        var today = BillingCalendar.ToLocalDate(now, await calendar.GetTimeZoneIdAsync());
        var soldOn = DemoRenewalDate(today).AddMonths(-1);
        await SellAsync(members[1], byName["8 classes a month"], now.AddDays(soldOn.DayNumber - today.DayNumber), PaymentMethod.BankTransfer, cancellationToken, split: true, startDate: soldOn);

        // A 10-class pack bought three weeks ago.
        await SellAsync(members[2], byName["10-class pack"], now.AddDays(-21), PaymentMethod.CardTerminal, cancellationToken);

        // Unlimited, sold 35 days ago and paid; its renewal is unpaid: an open debt, past due.
        var behind = await SellAsync(members[3], byName["Unlimited monthly"], now.AddDays(-35), PaymentMethod.Cash, cancellationToken);
        await RenewAsync(behind, null, cancellationToken);
        await membershipManager.RefreshDunningAsync(behind, now, cancellationToken);

        // An intro offer, waiting for its first class, and a drop-in.
        await SellAsync(members[4], byName["Intro offer: 3 classes"], now.AddDays(-2), PaymentMethod.CardTerminal, cancellationToken);
        if (members.Count > 5)
        {
            await SellAsync(members[5], byName["Drop-in"], now.AddDays(-1), PaymentMethod.Cash, cancellationToken);
        }
    }

    /// <summary>
    /// The demo's renewal date a monthly membership sold a month before reaches exactly: two days after
    /// <paramref name="today"/>, else one or three (a day that the previous month lacks, such as 30 March, cannot be one
    /// month after a sale), else four.
    /// </summary>
    public static DateOnly DemoRenewalDate(DateOnly today) =>
        s_renewalOffsets.Select(today.AddDays).FirstOrDefault(d => d.AddMonths(-1).AddMonths(1) == d, today.AddDays(4));

    // Sells the plan at a past instant and pays its first invoice then (in two parts when split): the membership is active.
    private async Task<Membership> SellAsync(
        Guid member, Plan plan, DateTime at, PaymentMethod method, CancellationToken cancellationToken, bool split = false, DateOnly? startDate = null)
    {
        var (membership, invoice) = await membershipManager.SellAsync(member, plan, startDate, at, cancellationToken);
        if (split)
        {
            var first = invoice.AmountDue / 2;
            await payments.RecordAsync(invoice, ManualPaymentProvider.ProviderName, method, first, "Transfer 1 of 2", at, cancellationToken);
            await payments.RecordAsync(invoice, ManualPaymentProvider.ProviderName, method, invoice.AmountDue, "Transfer 2 of 2", at.AddDays(3), cancellationToken);
        }
        else
        {
            await payments.RecordAsync(invoice, ManualPaymentProvider.ProviderName, method, invoice.AmountDue, null, at, cancellationToken);
        }

        await membershipManager.ActivateAsync(membership, at, cancellationToken);

        // The payment's events are handled at the instant of the sale, before anything later happens to it.
        await SaveAsync(cancellationToken);
        return membership;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (unitOfWorkManager.Current is { } unitOfWork)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }

    // Renews the membership on its renewal date (an hour into the day) and pays the new invoice two hours later, or leaves it open.
    private async Task RenewAsync(Membership membership, PaymentMethod? method, CancellationToken cancellationToken)
    {
        var renewedAt = BillingCalendar.StartOfDayUtc(membership.CurrentPeriodEnd!.Value, membership.TimeZoneId).AddHours(1);
        await membershipManager.RenewAsync(membership, BillingCalendar.ToLocalDate(renewedAt, membership.TimeZoneId), renewedAt, cancellationToken);
        if (method is { } paidWith && await invoices.FindBySourceKeyAsync(membership.PeriodKey(membership.PeriodNumber), cancellationToken) is { } invoice)
        {
            await payments.RecordAsync(invoice, ManualPaymentProvider.ProviderName, paidWith, invoice.AmountDue, null, renewedAt.AddHours(2), cancellationToken);
        }
    }
}
