using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using FitSaaS.Forms;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Forms;

/// <summary>Data subject requests over HTTP: the export's zip download, and bad input as problems (never a 500).</summary>
public sealed class DataSubjectRequestHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    [Fact]
    public async Task Archive_AMembersProcessedExport_DownloadsAsAZip_OthersAre404_AnonymousIs401()
    {
        var tenant = await fixture.CreateTenantAsync();
        var other = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        using var otherAdmin = await fixture.LoginAsync(other.Name, "admin");
        var (memberId, memberClient) = await fixture.RegisterMemberAsync(tenant.Name, $"dsr-{Guid.NewGuid():N}"[..16]);
        using var member = memberClient;
        var (_, neighbourClient) = await fixture.RegisterMemberAsync(tenant.Name, $"dsr-n-{Guid.NewGuid():N}"[..18]);
        using var neighbour = neighbourClient;
        using var anonymous = fixture.CreateClient();

        var request = await PostAsync<DataSubjectRequestDto>(member, "/api/forms/data-requests", new { kind = "Export" });
        using var early = await member.GetAsync(Relative($"/api/forms/data-requests/{request.Id}/archive"));
        var processed = await PostAsync<DataSubjectRequestDto>(admin, $"/api/forms/data-requests/{request.Id}/process", new { });
        using var download = await member.GetAsync(Relative($"/api/forms/data-requests/{request.Id}/archive"));
        var bytes = await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var notMine = await neighbour.GetAsync(Relative($"/api/forms/data-requests/{request.Id}/archive"));
        using var otherGym = await otherAdmin.GetAsync(Relative($"/api/forms/data-requests/{request.Id}/archive"));
        using var signedOut = await anonymous.GetAsync(Relative($"/api/forms/data-requests/{request.Id}/archive"));

        early.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProblemAsync(early)).GetProperty("code").GetString().ShouldBe(FormsErrorCodes.DataRequestArchiveNotAvailable);
        processed.Status.ShouldBe(DataSubjectRequestStatus.Completed);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        download.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"personal-data-{request.Id:N}.zip");
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).ShouldContain(DataSubjectRequestConsts.ManifestEntryName);
        using (var reader = new StreamReader(zip.GetEntry("Identity.Profile.json")!.Open()))
        {
            (await reader.ReadToEndAsync(TestContext.Current.CancellationToken)).ShouldContain(memberId.ToString());
        }

        notMine.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProblemAsync(notMine)).GetProperty("code").GetString().ShouldBe(EntityNotFoundException.ErrorCode);
        otherGym.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task BadInput_IsAProblemWithACode_NeverA500()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var (memberId, memberClient) = await fixture.RegisterMemberAsync(tenant.Name, $"dsr-b-{Guid.NewGuid():N}"[..18]);
        using var member = memberClient;
        var ct = TestContext.Current.CancellationToken;

        using var noKind = await admin.PostAsJsonAsync(Relative("/api/forms/data-requests"), new { memberId }, ct);
        using var badKind = await admin.PostAsJsonAsync(Relative("/api/forms/data-requests"), new { memberId, kind = "Delete everything" }, ct);
        using var longNote = await admin.PostAsJsonAsync(Relative("/api/forms/data-requests"), new { memberId, kind = "Export", note = new string('x', 1001) }, ct);
        using var unknownMember = await admin.PostAsJsonAsync(Relative("/api/forms/data-requests"), new { memberId = Guid.NewGuid(), kind = "Export" }, ct);
        using var memberErasure = await member.PostAsJsonAsync(Relative("/api/forms/data-requests"), new { kind = "Erasure" }, ct);
        using var badId = await admin.GetAsync(Relative("/api/forms/data-requests/not-a-guid/archive"), ct);
        using var unknown = await admin.PostAsJsonAsync(Relative($"/api/forms/data-requests/{Guid.NewGuid()}/process"), new { }, ct);
        var request = await PostAsync<DataSubjectRequestDto>(admin, "/api/forms/data-requests", new { memberId, kind = "Erasure" });
        using var duplicate = await admin.PostAsJsonAsync(Relative("/api/forms/data-requests"), new { memberId, kind = "Erasure" }, ct);
        using var noReason = await admin.PostAsJsonAsync(Relative($"/api/forms/data-requests/{request.Id}/reject"), new { }, ct);
        await PostAsync<DataSubjectRequestDto>(admin, $"/api/forms/data-requests/{request.Id}/reject", new { reason = "Not verified" });
        using var processRejected = await admin.PostAsJsonAsync(Relative($"/api/forms/data-requests/{request.Id}/process"), new { }, ct);

        noKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemAsync(noKind)).GetProperty("errors").ToString().ShouldContain("Kind", Case.Insensitive);
        badKind.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        longNote.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        unknownMember.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ProblemAsync(unknownMember)).GetProperty("code").GetString().ShouldBe(FormsErrorCodes.DataRequestMemberNotFound);
        memberErasure.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        ((int)badId.StatusCode).ShouldBeLessThan(500);
        ((int)badId.StatusCode).ShouldBeGreaterThanOrEqualTo(400);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ProblemAsync(duplicate)).GetProperty("code").GetString().ShouldBe(FormsErrorCodes.DataRequestDuplicate);
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        processRejected.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await ProblemAsync(processRejected)).GetProperty("code").GetString().ShouldBe(FormsErrorCodes.DataRequestInvalidStatus);
    }
}
