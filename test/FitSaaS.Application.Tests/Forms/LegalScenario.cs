using System.Text.Json;
using FitSaaS.Application.Tests.Bookings;
using FitSaaS.Bookings;
using FitSaaS.Forms;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Forms;

/// <summary>Helpers for the legal-document tests: a gym (Bookings' scenario), documents and versions as its staff, signatures as members.</summary>
public sealed class LegalScenario(FitSaaSApplicationFixture fixture)
{
    public BookingsScenario Bookings { get; } = new(fixture);

    public FitSaaSApplicationFixture Fixture => fixture;

    public Task<TResult> AsAdminAsync<TService, TResult>(TestTenant tenant, Func<TService, Task<TResult>> call)
        where TService : notnull => Bookings.AsAdminAsync(tenant, call);

    public Task<TResult> AsMemberAsync<TService, TResult>(TestTenant tenant, Guid memberId, Func<TService, Task<TResult>> call)
        where TService : notnull => Bookings.AsMemberAsync(tenant, memberId, call);

    public async Task<Guid> CreateMemberAsync(TestTenant tenant) => (await Bookings.CreateMembersAsync(tenant, 1))[0];

    public Task<Guid> CreateStaffAsync(TestTenant tenant) => fixture.CreateUserAsync(tenant.Id, $"staff-{Guid.NewGuid():N}"[..20], IdentityConsts.StaffRole);

    /// <summary>A document with its first version (effective now, AllMustResign unless said), as the tenant's admin.</summary>
    public async Task<(LegalDocumentDto Document, LegalDocumentVersionDto Version)> CreateDocumentAsync(
        TestTenant tenant, LegalDocumentKind kind, string title, List<LegalDocumentGates> gates, List<Guid>? classTypeIds = null, List<Guid>? planIds = null,
        LegalResignPolicy policy = LegalResignPolicy.AllMustResign)
    {
        var all = classTypeIds is null && planIds is null;
        var document = await AsAdminAsync<ILegalDocumentAppService, LegalDocumentDto>(tenant, s => s.CreateAsync(new CreateLegalDocumentDto
        {
            Kind = kind, Title = title, AppliesToAll = all, ClassTypeIds = classTypeIds ?? [], PlanIds = planIds ?? [], Gates = gates,
        }));
        var version = await PublishAsync(tenant, document.Id, $"# {title}\n\nVersion 1.", policy);
        return (document, version);
    }

    public Task<LegalDocumentVersionDto> PublishAsync(TestTenant tenant, Guid documentId, string text, LegalResignPolicy policy, DateTime? effectiveFrom = null) =>
        AsAdminAsync<ILegalDocumentAppService, LegalDocumentVersionDto>(tenant, s => s.PublishVersionAsync(
            documentId, new PublishLegalDocumentVersionDto { Text = text, Policy = policy, EffectiveFrom = effectiveFrom }));

    /// <summary>The member signs the version for themself (typed name).</summary>
    public Task<LegalSignatureDto> SignAsync(TestTenant tenant, Guid memberId, LegalDocumentVersionDto version, Guid? forMemberId = null, string? hash = null) =>
        AsMemberAsync<ILegalSignatureAppService, LegalSignatureDto>(tenant, memberId, s => s.CreateAsync(new SignLegalDocumentDto
        {
            LegalDocumentId = version.LegalDocumentId, VersionId = version.Id, TextHash = hash ?? version.TextHash, MemberId = forMemberId, TypedName = "Jane Doe",
        }));

    public Task<IReadOnlyList<LegalDocumentToSignDto>> RequiredAsync(TestTenant tenant, Guid memberId, GetRequiredLegalDocumentsInput? input = null) =>
        AsMemberAsync<ILegalSignatureAppService, IReadOnlyList<LegalDocumentToSignDto>>(tenant, memberId, s => s.GetRequiredAsync(input ?? new GetRequiredLegalDocumentsInput()));

    public Task<MemberProfileDto> SetDateOfBirthAsync(TestTenant tenant, Guid memberId, DateOnly dateOfBirth) =>
        AsAdminAsync<IMemberProfileAppService, MemberProfileDto>(tenant, s => s.UpdateAsync(memberId, new UpdateMemberProfileDto { DateOfBirth = dateOfBirth }));

    /// <summary>The version ids listed in a <see cref="FormsErrorCodes.DocumentsToSign"/> refusal (in process a list of records, through proxies JSON).</summary>
    public static List<Guid> ListedVersionIds(BusinessException exception)
    {
        exception.Code.ShouldBe(FormsErrorCodes.DocumentsToSign);
        var json = exception.Details["documents"] is JsonElement element ? element.GetRawText() : JsonSerializer.Serialize(exception.Details["documents"]);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(e => e.EnumerateObject().First(p => string.Equals(p.Name, "versionId", StringComparison.OrdinalIgnoreCase)).Value.GetGuid())
            .ToList();
    }

    /// <summary>Today in the gym's zone (the tests' tenants have none: UTC).</summary>
    public static DateOnly TodayUtc => DateOnly.FromDateTime(DateTime.UtcNow);

    public Task<BookingDto> BookAsync(TestTenant tenant, Guid memberId, Guid sessionId) => Bookings.BookAsync(tenant, memberId, sessionId);
}
