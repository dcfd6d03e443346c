using FitSaaS.Bookings;
using FitSaaS.Forms;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Forms;

/// <summary>Legal documents gate booking and check-in; members sign the exact version shown; re-sign policies; guardians sign for minors.</summary>
public abstract class LegalSignatureAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : LegalSignatureAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : LegalSignatureAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly LegalScenario _scenario = new(fixture);

    [Fact]
    public async Task Booking_RefusedWithTheWaiverListed_ThenAllowedAfterSigningTheExactVersion()
    {
        var gym = await _scenario.Bookings.CreateGymAsync(capacity: 5);
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var (waiver, v1) = await _scenario.CreateDocumentAsync(
            gym.Tenant, LegalDocumentKind.LiabilityWaiver, "Waiver", [LegalDocumentGates.Booking, LegalDocumentGates.CheckIn], classTypeIds: [gym.ClassType.Id]);

        var refused = await Should.ThrowAsync<BusinessException>(() => _scenario.BookAsync(gym.Tenant, member, gym.Session.Id));
        var required = await _scenario.RequiredAsync(gym.Tenant, member, new GetRequiredLegalDocumentsInput { Gate = LegalDocumentGates.Booking, ClassTypeId = gym.ClassType.Id });
        var otherClass = await _scenario.RequiredAsync(gym.Tenant, member, new GetRequiredLegalDocumentsInput { Gate = LegalDocumentGates.Booking, ClassTypeId = Guid.NewGuid() });
        var wrongHash = await Should.ThrowAsync<BusinessException>(() => _scenario.SignAsync(gym.Tenant, member, v1, hash: new string('0', 64)));
        var signature = await _scenario.SignAsync(gym.Tenant, member, v1);
        var booking = await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);

        LegalScenario.ListedVersionIds(refused).ShouldBe([v1.Id]);
        required.ShouldHaveSingleItem().VersionId.ShouldBe(v1.Id);
        required[0].TextHash.ShouldBe(v1.TextHash);
        otherClass.ShouldBeEmpty();
        wrongHash.Code.ShouldBe(FormsErrorCodes.LegalTextHashMismatch);
        (signature.MemberId, signature.SignerId, signature.EnteredById, signature.SignerRole, signature.VersionId, signature.TextHash, signature.TypedName)
            .ShouldBe((member, member, member, LegalSignerRole.Member, v1.Id, v1.TextHash, "Jane Doe"));
        booking.Status.ShouldBe(BookingStatus.Confirmed);
        (await _scenario.RequiredAsync(gym.Tenant, member)).ShouldBeEmpty();
        waiver.Gates.ShouldBe([LegalDocumentGates.Booking, LegalDocumentGates.CheckIn]);
    }

    [Fact]
    public async Task Gates_FollowADocumentsChange_AtOnce_ThoughCached()
    {
        // The gate's documents and the member's signed versions are cached (LegalGateProvider): each change must reach the next booking.
        var gym = await _scenario.Bookings.CreateGymAsync(capacity: 5);
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var second = await _scenario.Bookings.CreateSessionAsync(gym, DateTime.UtcNow.AddDays(2));
        var third = await _scenario.Bookings.CreateSessionAsync(gym, DateTime.UtcNow.AddDays(3));
        var (waiver, v1) = await _scenario.CreateDocumentAsync(
            gym.Tenant, LegalDocumentKind.LiabilityWaiver, "Waiver", [LegalDocumentGates.Booking], classTypeIds: [gym.ClassType.Id]);
        var refused = await Should.ThrowAsync<BusinessException>(() => _scenario.BookAsync(gym.Tenant, member, gym.Session.Id));

        await _scenario.AsAdminAsync<ILegalDocumentAppService, LegalDocumentDto>(gym.Tenant, s => s.UpdateAsync(waiver.Id, new UpdateLegalDocumentDto
        {
            Title = "Waiver", ClassTypeIds = [gym.ClassType.Id], Gates = [LegalDocumentGates.CheckIn],
        }));
        var ungated = await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);
        await _scenario.AsAdminAsync<ILegalDocumentAppService, LegalDocumentDto>(gym.Tenant, s => s.UpdateAsync(waiver.Id, new UpdateLegalDocumentDto
        {
            Title = "Waiver", AppliesToAll = true, Gates = [LegalDocumentGates.Booking],
        }));
        var gatedAgain = await Should.ThrowAsync<BusinessException>(() => _scenario.BookAsync(gym.Tenant, member, second.Id));
        await _scenario.SignAsync(gym.Tenant, member, v1);
        var signed = await _scenario.BookAsync(gym.Tenant, member, second.Id);
        var v2 = await _scenario.PublishAsync(gym.Tenant, waiver.Id, "# Waiver\n\nVersion 2.", LegalResignPolicy.AllMustResign);
        var resign = await Should.ThrowAsync<BusinessException>(() => _scenario.BookAsync(gym.Tenant, member, third.Id));

        LegalScenario.ListedVersionIds(refused).ShouldBe([v1.Id]);
        ungated.Status.ShouldBe(BookingStatus.Confirmed);
        LegalScenario.ListedVersionIds(gatedAgain).ShouldBe([v1.Id]);
        signed.Status.ShouldBe(BookingStatus.Confirmed);
        LegalScenario.ListedVersionIds(resign).ShouldBe([v2.Id]);
    }

    [Fact]
    public async Task NewAllMustResignVersion_BlocksCheckIn_UntilReSigned()
    {
        var gym = await _scenario.Bookings.CreateGymAsync(capacity: 5, startsAtUtc: DateTime.UtcNow.AddMinutes(10));
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var (waiver, v1) = await _scenario.CreateDocumentAsync(
            gym.Tenant, LegalDocumentKind.LiabilityWaiver, "Waiver", [LegalDocumentGates.Booking, LegalDocumentGates.CheckIn], classTypeIds: [gym.ClassType.Id]);
        await _scenario.SignAsync(gym.Tenant, member, v1);
        var booking = await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);

        var v2 = await _scenario.PublishAsync(gym.Tenant, waiver.Id, "# Waiver\n\nVersion 2: new equipment.", LegalResignPolicy.AllMustResign);
        var refused = await Should.ThrowAsync<BusinessException>(() => CheckInAsync(gym.Tenant, booking.Id));
        var oldVersion = await Should.ThrowAsync<BusinessException>(() => _scenario.SignAsync(gym.Tenant, member, v1));
        await _scenario.SignAsync(gym.Tenant, member, v2);
        var checkedIn = await CheckInAsync(gym.Tenant, booking.Id);

        LegalScenario.ListedVersionIds(refused).ShouldBe([v2.Id]);
        oldVersion.Code.ShouldBe(FormsErrorCodes.LegalVersionNotEffective);
        checkedIn.Booking.Status.ShouldBe(BookingStatus.CheckedIn);
        v2.Number.ShouldBe(2);
    }

    [Fact]
    public async Task OnlyNewSignersVersion_ASignerOfTheOldVersionIsNotAskedAgain_ANewMemberSignsTheNewOne()
    {
        var gym = await _scenario.Bookings.CreateGymAsync(capacity: 5);
        var signer = await _scenario.CreateMemberAsync(gym.Tenant);
        var newcomer = await _scenario.CreateMemberAsync(gym.Tenant);
        var (terms, v1) = await _scenario.CreateDocumentAsync(gym.Tenant, LegalDocumentKind.TermsOfMembership, "Terms", [LegalDocumentGates.Booking]);
        await _scenario.SignAsync(gym.Tenant, signer, v1);

        var v2 = await _scenario.PublishAsync(gym.Tenant, terms.Id, "# Terms\n\nVersion 2: typo fixed.", LegalResignPolicy.OnlyNewSigners);
        var future = await _scenario.PublishAsync(gym.Tenant, terms.Id, "# Terms\n\nVersion 3.", LegalResignPolicy.AllMustResign, DateTime.UtcNow.AddDays(30));
        var notYet = await Should.ThrowAsync<BusinessException>(() => _scenario.SignAsync(gym.Tenant, newcomer, future));

        (await _scenario.BookAsync(gym.Tenant, signer, gym.Session.Id)).Status.ShouldBe(BookingStatus.Confirmed);
        (await _scenario.RequiredAsync(gym.Tenant, signer)).ShouldBeEmpty();
        (await _scenario.RequiredAsync(gym.Tenant, newcomer)).ShouldHaveSingleItem().VersionId.ShouldBe(v2.Id);
        notYet.Code.ShouldBe(FormsErrorCodes.LegalVersionNotEffective);
        var read = await _scenario.AsMemberAsync<ILegalDocumentAppService, LegalDocumentDto>(gym.Tenant, newcomer, s => s.GetAsync(terms.Id));
        read.CurrentVersion!.Id.ShouldBe(v2.Id);
        read.Versions.Select(v => v.Number).ShouldBe([1, 2, 3]);
        read.Versions[1].Text.ShouldBe("# Terms\n\nVersion 2: typo fixed.");
    }

    [Fact]
    public async Task Guardian_SignsForA14YearOld_WhoCannotSignAlone()
    {
        var gym = await _scenario.Bookings.CreateGymAsync(capacity: 5);
        var parent = await _scenario.CreateMemberAsync(gym.Tenant);
        var child = await _scenario.CreateMemberAsync(gym.Tenant);
        var stranger = await _scenario.CreateMemberAsync(gym.Tenant);
        await _scenario.SetDateOfBirthAsync(gym.Tenant, parent, LegalScenario.TodayUtc.AddYears(-40));
        var childProfile = await _scenario.SetDateOfBirthAsync(gym.Tenant, child, LegalScenario.TodayUtc.AddYears(-14).AddDays(-3));
        var (_, v1) = await _scenario.CreateDocumentAsync(
            gym.Tenant, LegalDocumentKind.LiabilityWaiver, "Waiver", [LegalDocumentGates.Booking], classTypeIds: [gym.ClassType.Id]);

        var childAsGuardian = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IGuardianLinkAppService, GuardianLinkDto>(
            gym.Tenant, s => s.CreateAsync(new CreateGuardianLinkDto { GuardianId = child, DependantId = stranger })));
        var link = await _scenario.AsAdminAsync<IGuardianLinkAppService, GuardianLinkDto>(
            gym.Tenant, s => s.CreateAsync(new CreateGuardianLinkDto { GuardianId = parent, DependantId = child }));
        var alone = await Should.ThrowAsync<BusinessException>(() => _scenario.SignAsync(gym.Tenant, child, v1));
        var byStranger = await Should.ThrowAsync<FitSaaS.Framework.Exceptions.AuthorizationException>(() => _scenario.SignAsync(gym.Tenant, stranger, v1, forMemberId: child));
        var signature = await _scenario.SignAsync(gym.Tenant, parent, v1, forMemberId: child);

        (childProfile.Age, childProfile.IsMinor).ShouldBe((14, true));
        childAsGuardian.Code.ShouldBe(FormsErrorCodes.GuardianNotAdult);
        (link.GuardianId, link.DependantId).ShouldBe((parent, child));
        alone.Code.ShouldBe(FormsErrorCodes.MinorNeedsGuardian);
        byStranger.ShouldNotBeNull();
        (signature.MemberId, signature.SignerId, signature.SignerRole).ShouldBe((child, parent, LegalSignerRole.Guardian));
        (await _scenario.BookAsync(gym.Tenant, child, gym.Session.Id)).Status.ShouldBe(BookingStatus.Confirmed);
        var parentView = await _scenario.AsMemberAsync<IMemberProfileAppService, MemberProfileDto>(gym.Tenant, parent, s => s.GetAsync(child));
        parentView.Guardians.ShouldHaveSingleItem().GuardianId.ShouldBe(parent);
    }

    [Fact]
    public async Task Signatures_AreIsolatedByTenant_AndAMemberSeesOnlyTheirOwn()
    {
        var gym = await _scenario.Bookings.CreateGymAsync(capacity: 5);
        var other = await _scenario.Bookings.CreateGymAsync(capacity: 5);
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var neighbour = await _scenario.CreateMemberAsync(gym.Tenant);
        var (document, v1) = await _scenario.CreateDocumentAsync(gym.Tenant, LegalDocumentKind.PrivacyNotice, "Privacy", []);
        var signature = await _scenario.SignAsync(gym.Tenant, member, v1);

        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsAdminAsync<ILegalDocumentAppService, LegalDocumentDto>(other.Tenant, s => s.GetAsync(document.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsAdminAsync<ILegalSignatureAppService, LegalSignatureDto>(other.Tenant, s => s.GetAsync(signature.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsMemberAsync<ILegalSignatureAppService, LegalSignatureDto>(gym.Tenant, neighbour, s => s.GetAsync(signature.Id)));
        await Should.ThrowAsync<FitSaaS.Framework.Exceptions.AuthorizationException>(() => _scenario.AsMemberAsync<ILegalSignatureAppService, PagedResultDto<LegalSignatureDto>>(
            gym.Tenant, neighbour, s => s.GetListAsync(new GetLegalSignatureListInput { MemberId = member })));
        (await _scenario.AsAdminAsync<ILegalSignatureAppService, PagedResultDto<LegalSignatureDto>>(other.Tenant, s => s.GetListAsync(new GetLegalSignatureListInput()))).TotalCount.ShouldBe(0);
        (await _scenario.AsAdminAsync<ILegalSignatureAppService, PagedResultDto<LegalSignatureDto>>(gym.Tenant, s => s.GetListAsync(new GetLegalSignatureListInput())))
            .Items.ShouldHaveSingleItem().Id.ShouldBe(signature.Id);
        (await _scenario.AsMemberAsync<ILegalSignatureAppService, PagedResultDto<LegalSignatureDto>>(gym.Tenant, neighbour, s => s.GetListAsync(new GetLegalSignatureListInput())))
            .TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Members_CannotManageDocuments_StaffCanAndSignAtTheDesk()
    {
        var gym = await _scenario.Bookings.CreateGymAsync(capacity: 5);
        var member = await _scenario.CreateMemberAsync(gym.Tenant);
        var staff = await _scenario.CreateStaffAsync(gym.Tenant);

        var denied = await Should.ThrowAsync<FitSaaS.Framework.Exceptions.AuthorizationException>(() => _scenario.AsMemberAsync<ILegalDocumentAppService, LegalDocumentDto>(
            gym.Tenant, member, s => s.CreateAsync(new CreateLegalDocumentDto { Kind = LegalDocumentKind.LiabilityWaiver, Title = "Mine", AppliesToAll = true })));
        var document = await _scenario.Bookings.AsAsync<ILegalDocumentAppService, LegalDocumentDto>(gym.Tenant.Id, staff, FitSaaS.Identity.IdentityConsts.StaffRole,
            s => s.CreateAsync(new CreateLegalDocumentDto { Kind = LegalDocumentKind.HealthDeclaration, Title = "Health", AppliesToAll = true }));
        var v1 = await _scenario.PublishAsync(gym.Tenant, document.Id, "# Health\n\nI am fit.", LegalResignPolicy.AllMustResign);
        var atDesk = await _scenario.Bookings.AsAsync<ILegalSignatureAppService, LegalSignatureDto>(gym.Tenant.Id, staff, FitSaaS.Identity.IdentityConsts.StaffRole,
            s => s.CreateAsync(new SignLegalDocumentDto { LegalDocumentId = document.Id, VersionId = v1.Id, TextHash = v1.TextHash, MemberId = member, DrawnSignature = "M1 1 L 5 5" }));

        denied.ShouldNotBeNull();
        (atDesk.MemberId, atDesk.SignerId, atDesk.EnteredById, atDesk.SignerRole, atDesk.DrawnSignature).ShouldBe((member, member, staff, LegalSignerRole.Member, "M1 1 L 5 5"));
    }

    private Task<CheckInResultDto> CheckInAsync(TestTenant tenant, Guid bookingId) =>
        _scenario.AsAdminAsync<IBookingAppService, CheckInResultDto>(tenant, s => s.CheckInAsync(bookingId));
}
