using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using FitSaaS.Forms;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Testing;
using static FitSaaS.HttpApi.Host.Tests.Bookings.BookingsApi;

namespace FitSaaS.HttpApi.Host.Tests.Forms;

/// <summary>The member CSV import and the member data exports over HTTP, as the README's walk-through uses them; bad input as problems.</summary>
public sealed class MemberDataHttpTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string ImportPath = "/api/forms/member-data/import";

    [Fact]
    public async Task FiveHundredMembers_DryRunShowsTheTwoBadRows_TheCorrectedFileImports_AndExportsAgain()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var ct = TestContext.Current.CancellationToken;
        var rows = Enumerable.Range(1, 500).Select(i => $"member{i:000}@example.test,Member,No. {i},+1 555 {i:0000},{1960 + (i % 40)}-0{1 + (i % 9)}-1{i % 10}").ToList();
        rows[41] = "member042(at)example.test,Member,No. 42,,";
        rows[299] = "member300@example.test,Member,No. 300,,31/12/1990";
        var bad = Csv(rows);

        var dryRun = await ImportAsync(admin, bad, "?dryRun=true");
        using var raw = await admin.PostAsync(Relative(ImportPath + "?dryRun=true"), CsvContent(bad), ct);
        var rawJson = await raw.Content.ReadAsStringAsync(ct);
        using var refused = await admin.PostAsync(Relative(ImportPath), CsvContent(bad), ct);
        rows[41] = "member042@example.test,Member,No. 42,,";
        rows[299] = "member300@example.test,Member,No. 300,,1990-12-31";
        var imported = await ImportAsync(admin, Csv(rows), string.Empty);
        var again = await ImportAsync(admin, Csv(rows), string.Empty, multipart: true);
        using var export = await admin.GetAsync(Relative("/api/forms/member-data/exports/members"), ct);
        var exported = await export.Content.ReadAsStringAsync(ct);

        (dryRun.DryRun, dryRun.TotalRows, dryRun.Created, dryRun.Invalid).ShouldBe((true, 500, 498, 2));
        dryRun.InvalidRows.Select(r => (r.Row, r.Errors.Single().Column, r.Errors.Single().Code)).ShouldBe(
            [(43, "email", MemberImportRowErrorCodes.InvalidEmail), (301, "date_of_birth", MemberImportRowErrorCodes.InvalidDate)]);
        rawJson.ShouldContain("\"outcome\":\"Invalid\"", Case.Sensitive, "enums are names, as the OpenAPI document says");
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await ProblemAsync(refused);
        problem.GetProperty("code").GetString().ShouldBe(FormsErrorCodes.ImportHasInvalidRows);
        problem.GetProperty("data").GetProperty("invalidRows").GetInt32().ShouldBe(2);
        (imported.Created, imported.Invalid).ShouldBe((500, 0));
        (again.Created, again.Unchanged).ShouldBe((0, 500), "a re-run of the same file (as a multipart upload) changes nothing");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        export.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        export.Content.Headers.ContentDisposition.FileNameStar.ShouldStartWith("members-");
        var lines = exported.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("member_id,email,first_name,last_name,phone,date_of_birth,joined_at");
        lines.Length.ShouldBe(501);
        lines.ShouldContain(l => l.Contains(",member300@example.test,Member,No. 300,,1990-12-31,", StringComparison.Ordinal));
        var reimport = await ImportAsync(admin, Encoding.UTF8.GetBytes(exported), "?dryRun=true");
        (reimport.Unchanged, reimport.Invalid).ShouldBe((500, 0), "the export imports again unchanged");
    }

    [Fact]
    public async Task BadInput_IsAProblemWithACode_NothingImported_NeverA500()
    {
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var (_, memberClient) = await fixture.RegisterMemberAsync(tenant.Name, $"md-{Guid.NewGuid():N}"[..15]);
        using var member = memberClient;
        using var anonymous = fixture.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        var good = Encoding.UTF8.GetBytes("email,first_name\nann@example.test,Ann\n");

        using var json = await admin.PostAsJsonAsync(Relative(ImportPath), new { email = "ann@example.test" }, ct);
        using var noType = await admin.PostAsync(Relative(ImportPath), new ByteArrayContent(good), ct);
        using var huge = await admin.PostAsync(Relative(ImportPath), CsvContent(new byte[50 * 1024 * 1024]), ct);
        using var quoting = await admin.PostAsync(Relative(ImportPath), CsvContent(Encoding.UTF8.GetBytes("email,first_name\nann@example.test,Ann\nbob@example.test,\"Bob\n")), ct);
        using var header = await admin.PostAsync(Relative(ImportPath), CsvContent(Encoding.UTF8.GetBytes("e-mail,name\nann@example.test,Ann\n")), ct);
        using var twoFiles = await admin.PostAsync(Relative(ImportPath), new MultipartFormDataContent { { new ByteArrayContent(good), "a", "a.csv" }, { new ByteArrayContent(good), "b", "b.csv" } }, ct);
        using var byMember = await member.PostAsync(Relative(ImportPath), CsvContent(good), ct);
        using var signedOut = await anonymous.PostAsync(Relative(ImportPath), CsvContent(good), ct);
        using var unknownExport = await admin.GetAsync(Relative("/api/forms/member-data/exports/invoices"), ct);
        using var memberExport = await member.GetAsync(Relative("/api/forms/member-data/exports/members"), ct);
        using var badMemberId = await admin.GetAsync(Relative("/api/forms/member-data/exports/members?memberId=nobody"), ct);

        await ShouldBeProblemAsync(json, HttpStatusCode.UnsupportedMediaType, FormsErrorCodes.ImportUnsupportedContentType);
        await ShouldBeProblemAsync(noType, HttpStatusCode.UnsupportedMediaType, FormsErrorCodes.ImportUnsupportedContentType);
        await ShouldBeProblemAsync(huge, HttpStatusCode.RequestEntityTooLarge, FormsErrorCodes.ImportTooLarge);
        var malformed = await ShouldBeProblemAsync(quoting, HttpStatusCode.BadRequest, FormsErrorCodes.ImportCsvMalformed);
        malformed.GetProperty("data").GetProperty("row").GetInt64().ShouldBe(3);
        var wrongHeader = await ShouldBeProblemAsync(header, HttpStatusCode.BadRequest, FormsErrorCodes.ImportHeaderInvalid);
        wrongHeader.GetProperty("data").GetProperty("missing")[0].GetString().ShouldBe("email");
        await ShouldBeProblemAsync(twoFiles, HttpStatusCode.UnsupportedMediaType, FormsErrorCodes.ImportUnsupportedContentType);
        await ShouldBeProblemAsync(byMember, HttpStatusCode.Forbidden, AuthorizationException.ForbiddenCode);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var notFound = await ShouldBeProblemAsync(unknownExport, HttpStatusCode.NotFound, FormsErrorCodes.ExportDatasetNotFound);
        unknownExport.Content.Headers.ContentDisposition.ShouldBeNull("a refusal is not an attachment");
        notFound.GetProperty("data").GetProperty("available").EnumerateArray().Select(e => e.GetString()).ShouldBe(["bookings", "members", "memberships", "payments"]);
        await ShouldBeProblemAsync(memberExport, HttpStatusCode.Forbidden, AuthorizationException.ForbiddenCode);
        badMemberId.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var users = await admin.GetAsync(Relative("/api/identity/users?filter=ann@example.test"), ct);
        (await users.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ct)).GetProperty("totalCount").GetInt32().ShouldBe(0, "nothing was imported");
    }

    private static async Task<System.Text.Json.JsonElement> ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await ProblemAsync(response);
        problem.GetProperty("code").GetString().ShouldBe(code);
        return problem;
    }

    private static async Task<MemberImportResultDto> ImportAsync(HttpClient client, byte[] csv, string query, bool multipart = false)
    {
        var ct = TestContext.Current.CancellationToken;
        using HttpContent content = multipart ? new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "members.csv" } } : CsvContent(csv);
        using var response = await client.PostAsync(Relative(ImportPath + query), content, ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(ct));
        return (await response.Content.ReadFromJsonAsync<MemberImportResultDto>(TestJson.Options, ct))!;
    }

    private static ByteArrayContent CsvContent(byte[] csv)
    {
        var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return content;
    }

    private static byte[] Csv(IEnumerable<string> rows) =>
        Encoding.UTF8.GetBytes("email,first_name,last_name,phone,date_of_birth\r\n" + string.Join("\r\n", rows) + "\r\n");
}
