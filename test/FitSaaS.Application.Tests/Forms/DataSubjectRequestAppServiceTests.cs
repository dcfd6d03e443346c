using System.IO.Compression;
using System.Text.Json;
using FitSaaS.Application.Tests.FeatureManagement;
using FitSaaS.Billing;
using FitSaaS.Bookings;
using FitSaaS.Forms;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Application.Tests.Forms;

/// <summary>Data subject requests over the application service: export archive, erasure across modules, permissions, isolation, feature.</summary>
public abstract class DataSubjectRequestAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : DataSubjectRequestAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : DataSubjectRequestAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly FeatureScenario _features = new(fixture);
    private readonly PersonalDataScenario _data = new(fixture);

    [Fact]
    public async Task Export_AMemberRequestsTheirOwn_StaffProcess_TheArchiveHasEveryAreaWithData()
    {
        var (tenant, members) = await _data.SeedDemoTenantAsync();
        var memberId = members[0];
        var before = DateTime.UtcNow;

        var request = await AsAsync(tenant.Id, memberId, IdentityConsts.MemberRole, s => s.CreateAsync(new CreateDataSubjectRequestDto { Kind = DataSubjectRequestKind.Export, Note = "By e-mail" }));

        request.Status.ShouldBe(DataSubjectRequestStatus.Received);
        request.MemberId.ShouldBe(memberId);
        request.RequestedByUserId.ShouldBe(memberId);
        request.RequestedAtUtc.ShouldBeGreaterThanOrEqualTo(before.AddSeconds(-1));
        request.DueAtUtc.ShouldBe(request.RequestedAtUtc.AddDays(DataSubjectRequestConsts.DueDays));
        request.HasArchive.ShouldBeFalse();

        var processed = await AsAsync(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminRole, s => s.ProcessAsync(request.Id));

        processed.Status.ShouldBe(DataSubjectRequestStatus.Completed);
        processed.HandledByUserId.ShouldBe(tenant.AdminUserId);
        processed.CompletedAtUtc.ShouldNotBeNull();
        processed.HasArchive.ShouldBeTrue();
        var exported = processed.Results.Where(r => r.Exported).Select(r => r.Area).ToList();
        foreach (var area in new[] { "Billing.Billing", "Bookings.Bookings", "Forms.DataSubjectRequests", "Identity.Profile", "Programs.Training" })
        {
            exported.ShouldContain(area);
        }


        var archive = await AsAsync(tenant.Id, memberId, IdentityConsts.MemberRole, s => s.GetArchiveContentAsync(request.Id));
        archive.ContentType.ShouldBe("application/zip");
        using var zip = new ZipArchive(new MemoryStream(archive.Content), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).ShouldContain(DataSubjectRequestConsts.ManifestEntryName);
        zip.Entries.Select(e => e.FullName).ShouldContain("Identity.Profile.json");
        using (var profile = JsonDocument.Parse(zip.GetEntry("Identity.Profile.json")!.Open()))
        {
            profile.RootElement.GetProperty("id").GetGuid().ShouldBe(memberId);
        }

        using (var billing = JsonDocument.Parse(zip.GetEntry("Billing.Billing.json")!.Open()))
        {
            billing.RootElement.GetProperty("invoices").GetArrayLength().ShouldBeGreaterThan(0);
        }

        // Processing again changes nothing: it completed once.
        var again = await AsAsync(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminRole, s => s.ProcessAsync(request.Id));
        again.CompletedAtUtc.ShouldBe(processed.CompletedAtUtc);
    }

    [Fact]
    public async Task Erasure_StaffProcess_EveryAreaErased_InvoicesKeptForThePseudonym_ProcessingAgainIsANoOp()
    {
        var (tenant, members) = await _data.SeedDemoTenantAsync();
        var memberId = members[0];
        var invoices = await _data.QueryAsync(tenant.Id, db => db.Set<Invoice>().CountAsync(i => i.MemberId == memberId));
        invoices.ShouldBeGreaterThan(0);
        var export = await AsAdminAsync(tenant, s => s.CreateAsync(new CreateDataSubjectRequestDto { MemberId = memberId, Kind = DataSubjectRequestKind.Export }));
        await AsAdminAsync(tenant, s => s.ProcessAsync(export.Id));

        var request = await AsAdminAsync(tenant, s => s.CreateAsync(new CreateDataSubjectRequestDto { MemberId = memberId, Kind = DataSubjectRequestKind.Erasure, Note = "Signed letter" }));
        var processed = await AsAdminAsync(tenant, s => s.ProcessAsync(request.Id));

        processed.Status.ShouldBe(DataSubjectRequestStatus.Completed);
        processed.Results.Single(r => r.Area == "Identity.Profile").Pseudonymised.ShouldBe(1);
        processed.Results.Single(r => r.Area == "Bookings.Bookings").Deleted.ShouldBeGreaterThan(0);
        processed.Results.Single(r => r.Area == "Programs.Training").Deleted.ShouldBeGreaterThan(0);
        var billing = processed.Results.Single(r => r.Area == "Billing.Billing");
        billing.Retained.ShouldBeGreaterThanOrEqualTo(invoices);
        billing.Note.ShouldNotBeNull();
        processed.Results.Single(r => r.Area == "Forms.DataSubjectRequests").Deleted.ShouldBe(1); // the export's archive

        (await _data.QueryAsync(tenant.Id, db => db.Set<Invoice>().CountAsync(i => i.MemberId == memberId))).ShouldBe(invoices);
        (await _data.QueryAsync(tenant.Id, db => db.Set<Booking>().CountAsync(b => b.MemberId == memberId))).ShouldBe(0);
        var user = await _data.QueryAsync(tenant.Id, db => db.Set<AppUser>().AsNoTracking().SingleAsync(u => u.Id == memberId));
        user.UserName.ShouldBe(IdentityPersonalDataHandler.PseudonymFor(memberId));
        user.IsActive.ShouldBeFalse();
        (await AsAdminAsync(tenant, s => s.GetAsync(export.Id))).HasArchive.ShouldBeFalse();
        await Should.ThrowAsync<BusinessException>(() => AsAdminAsync(tenant, s => s.GetArchiveContentAsync(export.Id)));

        var again = await AsAdminAsync(tenant, s => s.ProcessAsync(request.Id));
        again.CompletedAtUtc.ShouldBe(processed.CompletedAtUtc);
        again.Results.ShouldBe(processed.Results);
    }

    [Fact]
    public async Task Rules_DuplicateOpenRequest_Rejection_AndProcessingARejectedOne_AreRefusedWithCodes()
    {
        var tenant = await fixture.CreateTenantAsync();
        var memberId = await fixture.CreateUserAsync(tenant.Id, "dsr-rules", IdentityConsts.MemberRole);
        var first = await AsAdminAsync(tenant, s => s.CreateAsync(new CreateDataSubjectRequestDto { MemberId = memberId, Kind = DataSubjectRequestKind.Erasure }));

        var duplicate = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync(tenant, s => s.CreateAsync(new CreateDataSubjectRequestDto { MemberId = memberId, Kind = DataSubjectRequestKind.Erasure })));
        duplicate.Code.ShouldBe(FormsErrorCodes.DataRequestDuplicate);
        var unknown = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync(tenant, s => s.CreateAsync(new CreateDataSubjectRequestDto { MemberId = Guid.NewGuid(), Kind = DataSubjectRequestKind.Export })));
        unknown.Code.ShouldBe(FormsErrorCodes.DataRequestMemberNotFound);

        var rejected = await AsAdminAsync(tenant, s => s.RejectAsync(first.Id, new RejectDataSubjectRequestDto { Reason = "Identity not verified" }));
        rejected.Status.ShouldBe(DataSubjectRequestStatus.Rejected);
        rejected.RejectionReason.ShouldBe("Identity not verified");
        var process = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync(tenant, s => s.ProcessAsync(first.Id)));
        process.Code.ShouldBe(FormsErrorCodes.DataRequestInvalidStatus);
        var list = await AsAdminAsync(tenant, s => s.GetListAsync(new GetDataSubjectRequestListInput { MemberId = memberId, Status = DataSubjectRequestStatus.Rejected }));
        list.Items.ShouldHaveSingleItem().Id.ShouldBe(first.Id);
    }

    [Fact]
    public async Task Permissions_AMemberRequestsOnlyTheirOwnExport_AndSeesOnlyTheirOwnRequests()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "dsr-self", IdentityConsts.MemberRole);
        var other = await fixture.CreateUserAsync(tenant.Id, "dsr-other", IdentityConsts.MemberRole);
        var othersRequest = await AsAdminAsync(tenant, s => s.CreateAsync(new CreateDataSubjectRequestDto { MemberId = other, Kind = DataSubjectRequestKind.Export }));

        await Should.ThrowAsync<AuthorizationException>(() => AsAsync(tenant.Id, member, IdentityConsts.MemberRole, s => s.CreateAsync(new CreateDataSubjectRequestDto { Kind = DataSubjectRequestKind.Erasure })));
        await Should.ThrowAsync<AuthorizationException>(() => AsAsync(tenant.Id, member, IdentityConsts.MemberRole, s => s.CreateAsync(new CreateDataSubjectRequestDto { MemberId = other, Kind = DataSubjectRequestKind.Export })));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAsync(tenant.Id, member, IdentityConsts.MemberRole, s => s.GetAsync(othersRequest.Id)));
        await Should.ThrowAsync<AuthorizationException>(() => AsAsync(tenant.Id, member, IdentityConsts.MemberRole, s => s.ProcessAsync(othersRequest.Id)));
        await Should.ThrowAsync<AuthorizationException>(() => AsAsync(tenant.Id, member, IdentityConsts.MemberRole, s => s.GetListAsync(new GetDataSubjectRequestListInput { MemberId = other })));
        var own = await AsAsync(tenant.Id, member, IdentityConsts.MemberRole, s => s.CreateAsync(new CreateDataSubjectRequestDto { Kind = DataSubjectRequestKind.Export }));
        var mine = await AsAsync(tenant.Id, member, IdentityConsts.MemberRole, s => s.GetListAsync(new GetDataSubjectRequestListInput()));
        mine.Items.Select(r => r.Id).ShouldBe([own.Id]);

        // Staff manage every member's requests.
        var staff = await fixture.CreateUserAsync(tenant.Id, "dsr-staff", IdentityConsts.StaffRole);
        var all = await AsAsync(tenant.Id, staff, IdentityConsts.StaffRole, s => s.GetListAsync(new GetDataSubjectRequestListInput()));
        all.Items.Select(r => r.Id).ShouldBe([own.Id, othersRequest.Id], ignoreOrder: true);
    }

    [Fact]
    public async Task Isolation_AnotherGymsStaffSeeNothing_AndFormsOffClosesTheService()
    {
        var tenant = await fixture.CreateTenantAsync();
        var other = await fixture.CreateTenantAsync();
        var memberId = await fixture.CreateUserAsync(tenant.Id, "dsr-iso", IdentityConsts.MemberRole);
        var request = await AsAdminAsync(tenant, s => s.CreateAsync(new CreateDataSubjectRequestDto { MemberId = memberId, Kind = DataSubjectRequestKind.Export }));

        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdminAsync(other, s => s.GetAsync(request.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdminAsync(other, s => s.ProcessAsync(request.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdminAsync(other, s => s.GetArchiveContentAsync(request.Id)));
        (await AsAdminAsync(other, s => s.GetListAsync(new GetDataSubjectRequestListInput()))).TotalCount.ShouldBe(0);
        var foreignMember = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync(other, s => s.CreateAsync(new CreateDataSubjectRequestDto { MemberId = memberId, Kind = DataSubjectRequestKind.Export })));
        foreignMember.Code.ShouldBe(FormsErrorCodes.DataRequestMemberNotFound);

        await _features.SetOverridesAsync(tenant, (FormsFeatures.Enabled, "false"));
        var closed = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync(tenant, s => s.GetAsync(request.Id)));
        closed.Code.ShouldBe(FeatureErrorCodes.NotEnabled);
    }

    private Task<TResult> AsAdminAsync<TResult>(TestTenant tenant, Func<IDataSubjectRequestAppService, Task<TResult>> call) =>
        _features.AsAsync(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminRole, call);

    private Task<TResult> AsAsync<TResult>(Guid tenantId, Guid userId, string role, Func<IDataSubjectRequestAppService, Task<TResult>> call) =>
        _features.AsAsync(tenantId, userId, role, call);
}
