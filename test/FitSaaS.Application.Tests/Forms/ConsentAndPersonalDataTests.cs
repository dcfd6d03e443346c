using FitSaaS.Application.Tests.Billing;
using FitSaaS.Application.Tests.FeatureManagement;
using FitSaaS.Billing;
using FitSaaS.Bookings;
using FitSaaS.Forms;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Forms;

/// <summary>Consents with their history, the purchase gate, the feature switch and the personal-data handler of legal data.</summary>
public abstract class ConsentAndPersonalDataTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : ConsentAndPersonalDataTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : ConsentAndPersonalDataTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly LegalScenario _scenario = new(fixture);

    [Fact]
    public async Task HealthDataConsent_GrantedThenWithdrawn_TakesEffectAtOnce_AndKeepsTheHistory()
    {
        var gym = await _scenario.Bookings.CreateGymAsync(capacity: 5);
        var member = await _scenario.CreateMemberAsync(gym.Tenant);

        var granted = await ChangeAsync(gym.Tenant, member, grant: true, ConsentPurpose.HealthData);
        var again = await ChangeAsync(gym.Tenant, member, grant: true, ConsentPurpose.HealthData);
        await ChangeAsync(gym.Tenant, member, grant: true, ConsentPurpose.Marketing);
        var whileGranted = await ListAsync(gym.Tenant, member);
        var withdrawn = await ChangeAsync(gym.Tenant, member, grant: false, ConsentPurpose.HealthData);
        var twice = await Should.ThrowAsync<BusinessException>(() => ChangeAsync(gym.Tenant, member, grant: false, ConsentPurpose.HealthData));
        var after = await ListAsync(gym.Tenant, member);

        again.Id.ShouldBe(granted.Id);
        (granted.Granted, granted.RecordedById).ShouldBe((true, member));
        whileGranted.Granted.ShouldBe([ConsentPurpose.HealthData, ConsentPurpose.Marketing]);
        withdrawn.Granted.ShouldBeFalse();
        twice.Code.ShouldBe(FormsErrorCodes.ConsentNotGranted);
        after.Granted.ShouldBe([ConsentPurpose.Marketing]);
        after.History.Where(h => h.Purpose == ConsentPurpose.HealthData).Select(h => h.Granted).ShouldBe([false, true]);
    }

    [Fact]
    public async Task Purchase_OfAGatedPlan_IsRefusedUntilTheTermsAreSigned()
    {
        var billing = new BillingScenario(fixture);
        var gym = await billing.CreateGymAsync();
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var pack = await billing.CreatePackAsync(gym.Tenant);
        var (_, terms) = await _scenario.CreateDocumentAsync(gym.Tenant, LegalDocumentKind.TermsOfMembership, "Terms", [LegalDocumentGates.Purchase], planIds: [pack.Id]);

        var refused = await Should.ThrowAsync<BusinessException>(() => billing.SellAsync(gym.Tenant, member, pack.Id));
        await _scenario.SignAsync(gym.Tenant, member, terms);
        var sale = await billing.SellAsync(gym.Tenant, member, pack.Id);

        LegalScenario.ListedVersionIds(refused).ShouldBe([terms.Id]);
        sale.Membership.MemberId.ShouldBe(member);
    }

    [Fact]
    public async Task FormsOff_TheGatesLetBookingsThrough_AndTheServicesAreClosed()
    {
        var gym = await _scenario.Bookings.CreateGymAsync(capacity: 5);
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        await _scenario.CreateDocumentAsync(gym.Tenant, LegalDocumentKind.LiabilityWaiver, "Waiver", [LegalDocumentGates.Booking], classTypeIds: [gym.ClassType.Id]);
        var features = new FeatureScenario(fixture);

        await features.SetOverridesAsync(gym.Tenant, (FormsFeatures.Enabled, "false"));
        var booking = await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);
        var closed = await Should.ThrowAsync<BusinessException>(() => _scenario.RequiredAsync(gym.Tenant, member));

        booking.Status.ShouldBe(BookingStatus.Confirmed);
        closed.Code.ShouldBe(FeatureErrorCodes.NotEnabled);
    }

    [Fact]
    public async Task PersonalData_ExportsSignaturesConsentsProfileAndLinks_ErasureKeepsSignaturesAndConsents()
    {
        var gym = await _scenario.Bookings.CreateGymAsync(capacity: 5);
        var parent = await _scenario.CreateMemberAsync(gym.Tenant);
        var child = await _scenario.CreateMemberAsync(gym.Tenant);
        await _scenario.SetDateOfBirthAsync(gym.Tenant, parent, new DateOnly(1985, 5, 1));
        await _scenario.SetDateOfBirthAsync(gym.Tenant, child, LegalScenario.TodayUtc.AddYears(-12));
        await _scenario.AsAdminAsync<IGuardianLinkAppService, GuardianLinkDto>(gym.Tenant, s => s.CreateAsync(new CreateGuardianLinkDto { GuardianId = parent, DependantId = child }));
        var (_, v1) = await _scenario.CreateDocumentAsync(gym.Tenant, LegalDocumentKind.LiabilityWaiver, "Waiver", [LegalDocumentGates.Booking]);
        await _scenario.SignAsync(gym.Tenant, parent, v1);
        await _scenario.SignAsync(gym.Tenant, parent, v1, forMemberId: child);
        await ChangeAsync(gym.Tenant, parent, grant: true, ConsentPurpose.HealthData);

        var export = await InTenantAsync(gym.Tenant, h => h.ExportAsync(parent));
        var json = System.Text.Json.JsonSerializer.Serialize(export);
        var erased = await InTenantAsync(gym.Tenant, h => h.EraseAsync(parent));
        var again = await InTenantAsync(gym.Tenant, h => h.EraseAsync(parent));
        var nothing = await InTenantAsync(gym.Tenant, h => h.ExportAsync(Guid.NewGuid()));

        json.ShouldContain("\"DateOfBirth\":\"1985-05-01\"");
        json.ShouldContain(v1.TextHash);
        json.ShouldContain(child.ToString());
        json.ShouldContain("HealthData");
        (erased.Deleted, erased.Retained).ShouldBe((2, 3));
        erased.Note.ShouldNotBeNull();
        (again.Deleted, again.Retained).ShouldBe((0, 3));
        nothing.ShouldBeNull();
        var profile = await _scenario.AsAdminAsync<IMemberProfileAppService, MemberProfileDto>(gym.Tenant, s => s.GetAsync(parent));
        (profile.DateOfBirth, profile.Dependants.Count).ShouldBe(((DateOnly?)null, 0));
        (await _scenario.AsAdminAsync<ILegalSignatureAppService, FitSaaS.Framework.Application.PagedResultDto<LegalSignatureDto>>(
            gym.Tenant, s => s.GetListAsync(new GetLegalSignatureListInput()))).TotalCount.ShouldBe(2);
    }

    private Task<ConsentDto> ChangeAsync(TestTenant tenant, Guid member, bool grant, ConsentPurpose purpose) =>
        _scenario.AsMemberAsync<IConsentAppService, ConsentDto>(tenant, member, s => grant
            ? s.GrantAsync(new ChangeConsentDto { Purpose = purpose })
            : s.WithdrawAsync(new ChangeConsentDto { Purpose = purpose }));

    private Task<MemberConsentsDto> ListAsync(TestTenant tenant, Guid member) =>
        _scenario.AsMemberAsync<IConsentAppService, MemberConsentsDto>(tenant, member, s => s.GetListAsync(new GetConsentListInput()));

    /// <summary>Runs the Forms.Legal handler inside the tenant and a unit of work (as a data subject request does).</summary>
    private async Task<T> InTenantAsync<T>(TestTenant tenant, Func<IPersonalDataHandler, Task<T>> call)
    {
        using var _ = fixture.RunAs(tenant.Id, tenant.AdminUserId, "admin", FitSaaS.Identity.IdentityConsts.AdminRole);
        await using var scope = fixture.CreateScope();
        var handler = scope.ServiceProvider.GetServices<IPersonalDataHandler>().Single(h => h.Area == FormsLegalPersonalDataHandler.AreaName);
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var result = await call(handler);
        await unitOfWork.CompleteAsync();
        return result;
    }
}
