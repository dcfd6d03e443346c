using FitSaaS.Billing;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>Plans through the application service, in-process and through the HTTP proxies, on the test lane's database.</summary>
public abstract class PlanAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : PlanAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : PlanAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BillingScenario _scenario = new(fixture);

    [Fact]
    public async Task CreateAsync_PackWithInclusiveVat_IsInTheTenantsCurrency_WithTheTaxOnItsOwnLine()
    {
        var gym = await _scenario.CreateGymAsync();
        await _scenario.SetSettingAsync(gym.Tenant, BillingSettingNames.Currency, "EUR");

        var pack = await _scenario.CreatePackAsync(gym.Tenant, credits: 10, price: 11700);

        (pack.Kind, pack.Currency, pack.Price, pack.Credits, pack.IsActive).ShouldBe((PlanKind.ClassPack, "EUR", 11700L, (int?)10, true));
        pack.PriceBreakdown.ShouldBe(new TaxBreakdown(10000, 1700, 11700));
    }

    [Fact]
    public async Task CreateAsync_ZeroDecimalCurrency_KeepsWholeYen()
    {
        var gym = await _scenario.CreateGymAsync();
        await _scenario.SetSettingAsync(gym.Tenant, BillingSettingNames.Currency, "JPY");

        var drop = await _scenario.CreatePlanAsync(gym.Tenant, new CreatePlanDto { Name = "Drop-in", Kind = PlanKind.DropIn, Price = 2500, TaxRatePercent = 10, ValidityDays = 30 });

        (drop.Currency, drop.Price, drop.Credits).ShouldBe(("JPY", 2500L, (int?)1));
        drop.PriceBreakdown.ShouldBe(new TaxBreakdown(2500, 250, 2750));
    }

    [Theory]
    [InlineData(-1L, 0, BillingErrorCodes.InvalidAmount)]
    [InlineData(1000L, 101, BillingErrorCodes.InvalidTaxRate)]
    public async Task CreateAsync_BadMoney_IsRefusedWithItsCode_AndCreatesNothing(long price, int taxRate, string code)
    {
        var gym = await _scenario.CreateGymAsync();

        var ex = await Should.ThrowAsync<BusinessException>(() => _scenario.CreatePlanAsync(gym.Tenant, new CreatePlanDto
        {
            Name = "Bad", Kind = PlanKind.DropIn, Price = price, TaxRatePercent = taxRate, ValidityDays = 1,
        }));

        ex.Code.ShouldBe(code);
        (await ListAsync(gym)).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task CreateAsync_UnknownTenantCurrency_IsRefused()
    {
        var gym = await _scenario.CreateGymAsync();
        await _scenario.SetSettingAsync(gym.Tenant, BillingSettingNames.Currency, "XYZ");

        var ex = await Should.ThrowAsync<BusinessException>(() => _scenario.CreatePackAsync(gym.Tenant));

        ex.Code.ShouldBe(BillingErrorCodes.UnknownCurrency);
    }

    [Fact]
    public async Task CreateAsync_FieldsThatDoNotFitTheKind_AreRefusedNamingTheField()
    {
        var gym = await _scenario.CreateGymAsync();

        var ex = await Should.ThrowAsync<BusinessException>(() => _scenario.CreatePlanAsync(gym.Tenant, new CreatePlanDto
        {
            Name = "Pack without credits", Kind = PlanKind.ClassPack, Price = 100, ValidityDays = 30, Activation = PackActivation.OnPurchase,
        }));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidPlan);
        ex.Details["field"].ShouldBe("credits");
    }

    [Fact]
    public async Task CreateAsync_ClassTypeOfAnotherGym_IsRefused()
    {
        var gym = await _scenario.CreateGymAsync();
        var other = await _scenario.CreateGymAsync();

        var ex = await Should.ThrowAsync<BusinessException>(() => _scenario.CreatePlanAsync(gym.Tenant, new CreatePlanDto
        {
            Name = "WOD only", Kind = PlanKind.Membership, Price = 5000, Interval = BillingInterval.Month, ClassTypeIds = [other.ClassType.Id],
        }));

        ex.Code.ShouldBe(BillingErrorCodes.PlanReferenceNotFound);
        ex.Details["field"].ShouldBe("classTypeIds");
    }

    [Fact]
    public async Task DeleteAsync_ASoldPlan_IsRefused_ArchivedItIsNoLongerSold_AndAnUnsoldOneGoes()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var sold = await _scenario.CreatePackAsync(gym.Tenant);
        var unsold = await _scenario.CreateMonthlyAsync(gym.Tenant);
        await _scenario.SellAsync(gym.Tenant, member, sold.Id);

        var inUse = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IPlanAppService, bool>(gym.Tenant, async s => { await s.DeleteAsync(sold.Id); return true; }));
        var archived = await _scenario.AsAdminAsync<IPlanAppService, PlanDto>(gym.Tenant, s => s.ArchiveAsync(sold.Id));
        var notSold = await Should.ThrowAsync<BusinessException>(() => _scenario.SellAsync(gym.Tenant, member, sold.Id));
        await _scenario.AsAdminAsync<IPlanAppService, bool>(gym.Tenant, async s => { await s.DeleteAsync(unsold.Id); return true; });

        inUse.Code.ShouldBe(BillingErrorCodes.PlanInUse);
        archived.IsActive.ShouldBeFalse();
        notSold.Code.ShouldBe(BillingErrorCodes.PlanArchived);
        (await ListAsync(gym)).Items.Select(p => p.Id).ShouldBe([sold.Id]);
    }

    [Fact]
    public async Task Plans_OfAnotherTenant_AreNeitherListedNorFound_NorSold()
    {
        var gym = await _scenario.CreateGymAsync();
        var other = await _scenario.CreateGymAsync();
        var plan = await _scenario.CreatePackAsync(gym.Tenant);
        var otherMember = await _scenario.CreateMemberAsync(other.Tenant);

        (await ListAsync(other)).TotalCount.ShouldBe(0);
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsAdminAsync<IPlanAppService, PlanDto>(other.Tenant, s => s.GetAsync(plan.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.SellAsync(other.Tenant, otherMember, plan.Id));
    }

    [Fact]
    public async Task Members_ReadPlans_ButCannotCreateThem()
    {
        var gym = await _scenario.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        await _scenario.CreatePackAsync(gym.Tenant);

        var list = await _scenario.AsMemberAsync<IPlanAppService, PagedResultDto<PlanDto>>(gym.Tenant, member, s => s.GetListAsync(new GetPlanListInput()));
        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IPlanAppService, PlanDto>(gym.Tenant, member, s => s.CreateAsync(new CreatePlanDto
        {
            Name = "Mine", Kind = PlanKind.DropIn, Price = 1, ValidityDays = 1,
        })));

        list.TotalCount.ShouldBe(1);
    }

    private Task<PagedResultDto<PlanDto>> ListAsync(FitSaaS.Application.Tests.Bookings.Gym gym) =>
        _scenario.AsAdminAsync<IPlanAppService, PagedResultDto<PlanDto>>(gym.Tenant, s => s.GetListAsync(new GetPlanListInput()));
}
