using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FitSaaS.Forms;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Forms;

/// <summary>Legal documents over HTTP: the booking gate's 422 listing the documents, signing with the client's evidence, bad input as 400/422, never 500.</summary>
public sealed class LegalDocumentApiTests(FitSaaSWebFixture fixture) : IClassFixture<FitSaaSWebFixture>
{
    private const string Documents = "/api/forms/legal-documents";
    private const string Signatures = "/api/forms/legal-signatures";

    [Fact]
    public async Task Booking_Is422WithTheWaiverListed_SigningKeepsIpAndUserAgent_ThenBookingSucceeds()
    {
        var ct = TestContext.Current.CancellationToken;
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var (memberId, member) = await fixture.RegisterMemberAsync(tenant.Name, "signer");
        using var _ = member;
        member.DefaultRequestHeaders.UserAgent.ParseAdd("FitSaaSTests/1.0");
        var (classTypeId, sessionId) = await CreateSessionAsync(admin, ct);
        var waiver = await ReadAsync(await admin.PostAsJsonAsync(Documents, new { kind = "LiabilityWaiver", title = "Waiver", classTypeIds = new[] { classTypeId }, gates = new[] { "Booking", "CheckIn" } }, ct), HttpStatusCode.OK);
        var waiverId = waiver.GetProperty("id").GetGuid();
        var version = await ReadAsync(await admin.PostAsJsonAsync($"{Documents}/{waiverId}/publish-version", new { text = "# Waiver\n\nAt my own risk.", policy = "AllMustResign" }, ct), HttpStatusCode.OK);
        var versionId = version.GetProperty("id").GetGuid();
        var hash = version.GetProperty("textHash").GetString()!;

        using var refused = await member.PostAsJsonAsync("/api/bookings/bookings", new { classSessionId = sessionId }, ct);
        var problem = await ReadAsync(refused, (HttpStatusCode)422);
        var signature = await ReadAsync(await member.PostAsJsonAsync(Signatures, new { legalDocumentId = waiverId, versionId, textHash = hash, typedName = "Jane Doe" }, ct), HttpStatusCode.OK);
        using var booked = await member.PostAsJsonAsync("/api/bookings/bookings", new { classSessionId = sessionId }, ct);

        problem.GetProperty("code").GetString().ShouldBe(FormsErrorCodes.DocumentsToSign);
        var listed = problem.GetProperty("data").GetProperty("documents").EnumerateArray().ShouldHaveSingleItem();
        (listed.GetProperty("documentId").GetGuid(), listed.GetProperty("versionId").GetGuid(), listed.GetProperty("textHash").GetString()).ShouldBe((waiverId, versionId, hash));
        listed.GetProperty("kind").GetString().ShouldBe("LiabilityWaiver", "a problem's data names enums, as the API does");
        hash.ShouldBe(LegalDocumentVersion.ComputeHash("# Waiver\n\nAt my own risk."));
        signature.GetProperty("memberId").GetGuid().ShouldBe(memberId);
        signature.GetProperty("userAgent").GetString().ShouldBe("FitSaaSTests/1.0");
        signature.GetProperty("ipAddress").ValueKind.ShouldBeOneOf(JsonValueKind.String, JsonValueKind.Null); // the test server has no remote address
        booked.IsSuccessStatusCode.ShouldBeTrue(await booked.Content.ReadAsStringAsync(ct));
    }

    public static TheoryData<string, string, int, string?> BadSignatures => new()
    {
        { "no hash", """{"typedName":"Jane"}""", 400, null },
        { "short hash", """{"textHash":"abc","typedName":"Jane"}""", 400, null },
        { "no signature", """{"textHash":"HASH"}""", 400, FormsErrorCodes.InvalidSignature },
        { "script as drawing", """{"textHash":"HASH","drawnSignature":"<script>x</script>"}""", 400, FormsErrorCodes.InvalidSignature },
        { "drawing over 256 KB", $$"""{"textHash":"HASH","drawnSignature":"M{{new string('1', 300_000)}}"}""", 400, null },
        { "wrong hash", $$"""{"textHash":"{{new string('a', 64)}}","typedName":"Jane"}""", 422, FormsErrorCodes.LegalTextHashMismatch },
        { "unknown version", $$"""{"textHash":"HASH","typedName":"Jane","versionId":"{{Guid.NewGuid()}}"}""", 422, FormsErrorCodes.LegalVersionNotFound },
        { "version id not a guid", """{"textHash":"HASH","typedName":"Jane","versionId":"v1"}""", 400, null },
        { "not json", "{", 400, null },
    };

    [Theory]
    [MemberData(nameof(BadSignatures))]
    public async Task Sign_BadInput_IsAProblemWithACode_Never500(string label, string body, int status, string? code)
    {
        var ct = TestContext.Current.CancellationToken;
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, "signer");
        using var _ = member;
        var document = await ReadAsync(await admin.PostAsJsonAsync(Documents, new { kind = "PrivacyNotice", title = "Privacy", appliesToAll = true }, ct), HttpStatusCode.OK);
        var documentId = document.GetProperty("id").GetGuid();
        var version = await ReadAsync(await admin.PostAsJsonAsync($"{Documents}/{documentId}/publish-version", new { text = "Privacy.", policy = "OnlyNewSigners" }, ct), HttpStatusCode.OK);
        var json = body == "{" ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body.Replace("HASH", version.GetProperty("textHash").GetString(), StringComparison.Ordinal));
        var payload = json is null ? body : JsonSerializer.Serialize(new Dictionary<string, object?>(json!.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)))
        {
            ["legalDocumentId"] = documentId,
            ["versionId"] = json.TryGetValue("versionId", out var given) ? given : version.GetProperty("id"),
        });

        using var response = await member.PostAsync(Signatures, new StringContent(payload, Encoding.UTF8, "application/json"), ct);

        await ShouldBeProblemAsync(response, status, code, label);
    }

    public static TheoryData<string, string, int, string?> BadDocuments => new()
    {
        { "no kind", """{"title":"T","appliesToAll":true}""", 400, null },
        { "unknown kind", """{"kind":"Poem","title":"T","appliesToAll":true}""", 400, null },
        { "no title", """{"kind":"PrivacyNotice","appliesToAll":true}""", 400, null },
        { "no scope", """{"kind":"PrivacyNotice","title":"T"}""", 422, FormsErrorCodes.InvalidDocumentScope },
        { "all and ids", $$"""{"kind":"PrivacyNotice","title":"T","appliesToAll":true,"planIds":["{{Guid.NewGuid()}}"]}""", 422, FormsErrorCodes.InvalidDocumentScope },
        { "unknown gate", """{"kind":"PrivacyNotice","title":"T","appliesToAll":true,"gates":["Sauna"]}""", 400, null },
        { "title too long", $$"""{"kind":"PrivacyNotice","title":"{{new string('t', 201)}}","appliesToAll":true}""", 400, null },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task CreateDocument_BadInput_IsAProblemWithACode_Never500(string label, string body, int status, string? code)
    {
        var ct = TestContext.Current.CancellationToken;
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");

        using var response = await admin.PostAsync(Documents, new StringContent(body, Encoding.UTF8, "application/json"), ct);

        await ShouldBeProblemAsync(response, status, code, label);
    }

    [Fact]
    public async Task PublishVersion_InThePastOrWithoutText_IsAProblem_AndAGuardianWhoIsAMinorIs422()
    {
        var ct = TestContext.Current.CancellationToken;
        var tenant = await fixture.CreateTenantAsync();
        using var admin = await fixture.LoginAsync(tenant.Name, "admin");
        var (childId, child) = await fixture.RegisterMemberAsync(tenant.Name, "child");
        using var _ = child;
        var (otherId, other) = await fixture.RegisterMemberAsync(tenant.Name, "other");
        using var __ = other;
        var document = await ReadAsync(await admin.PostAsJsonAsync(Documents, new { kind = "HealthDeclaration", title = "Health", appliesToAll = true }, ct), HttpStatusCode.OK);
        var id = document.GetProperty("id").GetGuid();

        using var past = await admin.PostAsJsonAsync($"{Documents}/{id}/publish-version", new { text = "Old.", policy = "AllMustResign", effectiveFrom = "2020-01-01T00:00:00Z" }, ct);
        using var noText = await admin.PostAsJsonAsync($"{Documents}/{id}/publish-version", new { policy = "AllMustResign" }, ct);
        using var dob = await admin.PutAsJsonAsync($"/api/forms/member-profiles/{childId}", new { dateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-10) }, ct);
        using var future = await admin.PutAsJsonAsync($"/api/forms/member-profiles/{childId}", new { dateOfBirth = "2999-01-01" }, ct);
        using var minorGuardian = await admin.PostAsJsonAsync("/api/forms/guardian-links", new { guardianId = childId, dependantId = otherId }, ct);
        using var memberLinks = await child.PostAsJsonAsync("/api/forms/guardian-links", new { guardianId = otherId, dependantId = childId }, ct);
        using var withdrawn = await child.PostAsJsonAsync("/api/forms/consents/withdraw", new { purpose = "HealthData" }, ct);
        using var badPurpose = await child.PostAsJsonAsync("/api/forms/consents/grant", new { purpose = "Gossip" }, ct);

        await ShouldBeProblemAsync(past, 422, FormsErrorCodes.InvalidEffectiveDate, "effective in the past");
        await ShouldBeProblemAsync(noText, 400, null, "no text");
        dob.StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeProblemAsync(future, 422, FormsErrorCodes.InvalidDateOfBirth, "born in the future");
        await ShouldBeProblemAsync(minorGuardian, 422, FormsErrorCodes.GuardianNotAdult, "a minor as guardian");
        await ShouldBeProblemAsync(memberLinks, 403, "Authorization:Forbidden", "member links");
        await ShouldBeProblemAsync(withdrawn, 409, FormsErrorCodes.ConsentNotGranted, "withdraw what is not granted");
        await ShouldBeProblemAsync(badPurpose, 400, null, "unknown purpose");
    }

    private static async Task<(Guid ClassTypeId, Guid SessionId)> CreateSessionAsync(HttpClient admin, CancellationToken ct)
    {
        var location = await ReadAsync(await admin.PostAsJsonAsync("/api/bookings/locations", new { name = "Downtown", timeZoneId = "America/New_York" }, ct), HttpStatusCode.OK);
        var classType = await ReadAsync(await admin.PostAsJsonAsync("/api/bookings/class-types", new { name = "WOD", defaultCapacity = 10, durationMinutes = 60 }, ct), HttpStatusCode.OK);
        var session = await ReadAsync(await admin.PostAsJsonAsync("/api/bookings/class-sessions", new
        {
            classTypeId = classType.GetProperty("id").GetGuid(), locationId = location.GetProperty("id").GetGuid(), startsAtUtc = DateTime.UtcNow.AddDays(2), capacity = 5,
        }, ct), HttpStatusCode.OK);
        return (classType.GetProperty("id").GetGuid(), session.GetProperty("id").GetGuid());
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(status, body);
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, int status, string? code, string label)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(status, $"{label}: {body}");
        using var json = JsonDocument.Parse(body);
        var actual = json.RootElement.GetProperty("code").GetString();
        actual.ShouldNotBeNullOrEmpty(label);
        if (code is not null)
        {
            actual.ShouldBe(code, label);
        }
    }
}
