using FitSaaS.Application.Tests.Bookings;
using FitSaaS.Billing;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.SettingManagement;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>Helpers for Billing application tests: a gym (Bookings' scenario), plans, sales and payments as its staff, and the lifecycle job.</summary>
public sealed class BillingScenario(FitSaaSApplicationFixture fixture)
{
    public BookingsScenario Bookings { get; } = new(fixture);

    public FitSaaSApplicationFixture Fixture => fixture;

    public Task<Gym> CreateGymAsync(int capacity = 10, DateTime? startsAtUtc = null) => Bookings.CreateGymAsync(capacity, startsAtUtc);

    public Task<TResult> AsAdminAsync<TService, TResult>(TestTenant tenant, Func<TService, Task<TResult>> call)
        where TService : notnull => Bookings.AsAdminAsync(tenant, call);

    public Task<TResult> AsMemberAsync<TService, TResult>(TestTenant tenant, Guid memberId, Func<TService, Task<TResult>> call)
        where TService : notnull => Bookings.AsMemberAsync(tenant, memberId, call);

    public async Task<Guid> CreateMemberAsync(TestTenant tenant) => (await Bookings.CreateMembersAsync(tenant, 1))[0];

    public Task<PlanDto> CreatePlanAsync(TestTenant tenant, CreatePlanDto input) =>
        AsAdminAsync<IPlanAppService, PlanDto>(tenant, s => s.CreateAsync(input));

    /// <summary>A class pack of <paramref name="credits"/> credits (price 10000 minor units, 17 % VAT included).</summary>
    public Task<PlanDto> CreatePackAsync(TestTenant tenant, int credits = 10, int validityDays = 60, PackActivation activation = PackActivation.OnPurchase, long price = 10000) =>
        CreatePlanAsync(tenant, new CreatePlanDto
        {
            Name = $"{credits}-class pack", Kind = PlanKind.ClassPack, Price = price, TaxRatePercent = 17, TaxMode = TaxMode.Inclusive,
            Credits = credits, ValidityDays = validityDays, Activation = activation,
        });

    /// <summary>A monthly membership (unlimited unless <paramref name="allowance"/>), 8900 minor units, tax excluded at 0 %.</summary>
    public Task<PlanDto> CreateMonthlyAsync(TestTenant tenant, int? allowance = null, long price = 8900) =>
        CreatePlanAsync(tenant, new CreatePlanDto
        {
            Name = allowance is null ? "Unlimited monthly" : $"{allowance} classes a month", Kind = PlanKind.Membership, Price = price,
            Interval = BillingInterval.Month, IntervalCount = 1, Allowance = allowance,
        });

    public Task<SellMembershipResultDto> SellAsync(TestTenant tenant, Guid memberId, Guid planId, DateOnly? startDate = null) =>
        AsAdminAsync<IMembershipAppService, SellMembershipResultDto>(tenant, s => s.CreateAsync(new CreateMembershipDto { MemberId = memberId, PlanId = planId, StartDate = startDate }));

    public Task<PaymentDto> PayAsync(TestTenant tenant, Guid invoiceId, long amount, PaymentMethod method = PaymentMethod.Cash) =>
        AsAdminAsync<IPaymentAppService, PaymentDto>(tenant, s => s.CreateAsync(new CreatePaymentDto { InvoiceId = invoiceId, Amount = amount, Method = method }));

    /// <summary>Sells the plan and pays its first invoice in full: the membership is active.</summary>
    public async Task<SellMembershipResultDto> SellAndPayAsync(TestTenant tenant, Guid memberId, Guid planId, DateOnly? startDate = null)
    {
        var sale = await SellAsync(tenant, memberId, planId, startDate);
        if (sale.Invoice.AmountDue > 0)
        {
            await PayAsync(tenant, sale.Invoice.Id, sale.Invoice.AmountDue);
        }

        return sale;
    }

    public Task<MembershipDto> GetMembershipAsync(TestTenant tenant, Guid id) =>
        AsAdminAsync<IMembershipAppService, MembershipDto>(tenant, s => s.GetAsync(id));

    public Task<InvoiceDto> GetInvoiceAsync(TestTenant tenant, Guid id) =>
        AsAdminAsync<IInvoiceAppService, InvoiceDto>(tenant, s => s.GetAsync(id));

    public async Task<List<InvoiceDto>> InvoicesOfAsync(TestTenant tenant, Guid memberId) =>
        (await AsAdminAsync<IInvoiceAppService, PagedResultDto<InvoiceDto>>(tenant, s => s.GetListAsync(new GetInvoiceListInput { MemberId = memberId }))).Items.ToList();

    /// <summary>The member's balances, read as the member.</summary>
    public async Task<List<EntitlementDto>> BalancesAsync(TestTenant tenant, Guid memberId, bool includeEnded = false) =>
        (await AsMemberAsync<IEntitlementAppService, PagedResultDto<EntitlementDto>>(tenant, memberId, s => s.GetListAsync(new GetEntitlementListInput { IncludeEnded = includeEnded }))).Items.ToList();

    /// <summary>The member's ledger, newest first, read as the member.</summary>
    public async Task<List<EntitlementLedgerEntryDto>> LedgerAsync(TestTenant tenant, Guid memberId) =>
        (await AsMemberAsync<IEntitlementAppService, PagedResultDto<EntitlementLedgerEntryDto>>(tenant, memberId, s => s.GetLedgerAsync(new GetEntitlementLedgerInput()))).Items.ToList();

    public Task SetSettingAsync(TestTenant tenant, string name, string value) =>
        AsAdminAsync<ISettingAppService, IReadOnlyList<SettingDto>>(tenant, s => s.UpdateTenantAsync(new UpdateSettingsDto
        {
            Settings = [new UpdateSettingValueDto { Name = name, Value = value }],
        }));

    /// <summary>Runs the membership lifecycle job for the tenant, as the job runner does (no ambient unit of work).</summary>
    public async Task RunLifecycleJobAsync(TestTenant tenant)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        await using var scope = fixture.CreateScope();
        await scope.ServiceProvider.GetRequiredService<MembershipLifecycleJob>().ExecuteAsync(new MembershipLifecycleArgs(), TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Inserts <paramref name="count"/> active memberships of the plan started on <paramref name="start"/>, one per new
    /// member, straight through the repository (a sale and payment each would take long): the renewal job's load.
    /// </summary>
    public async Task<List<Guid>> InsertActiveMembershipsAsync(TestTenant tenant, Guid planId, int count, DateOnly start)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        await using var scope = fixture.CreateScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var plan = await scope.ServiceProvider.GetRequiredService<IPlanRepository>().GetAsync(planId);
        var guids = scope.ServiceProvider.GetRequiredService<IGuidGenerator>();
        var repository = scope.ServiceProvider.GetRequiredService<IMembershipRepository>();
        var now = DateTime.UtcNow;
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var membership = new Membership(guids.Create(), tenant.Id, guids.Create(), plan, start, "UTC", now);
            membership.Activate(now);
            await repository.InsertAsync(membership);
            ids.Add(membership.Id);
        }

        await unitOfWork.CompleteAsync();
        return ids;
    }

    /// <summary>Today in the gym's zone (the tests' tenants keep the default UTC).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
