using System.Text;
using CsvHelper;
using FitSaaS.Application.Tests.FeatureManagement;
using FitSaaS.Forms;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Application.Tests.Forms;

/// <summary>
/// The member CSV import and the member data exports over the application service (in process: the CSV travels as a file,
/// so the host's endpoints carry it over HTTP, tested in the host's tests).
/// </summary>
public sealed class MemberDataAppServiceTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private const string Header = "email,first_name,last_name,phone,date_of_birth";

    private readonly FeatureScenario _features = new(fixture);
    private readonly PersonalDataScenario _data = new(fixture);

    [Fact]
    public async Task DryRun_ReportsEveryInvalidRowWithItsColumnAndCode_AndWritesNothing()
    {
        var tenant = await fixture.CreateTenantAsync();
        var csv = Csv(
            Header,
            "ann@example.test,Ann,Lee,+1 555 0100,1990-04-01",
            "not-an-email,Bob,,,",
            "cid@example.test,Cid,,12,2999-01-01",
            "ANN@example.test,Ann,Again,,",
            "dee@example.test,Dee,,,1985-13-40",
            ",Nobody,,,",
            "eve@example.test,Eve,,,,extra");

        var result = await ImportAsync(tenant, csv, dryRun: true);

        result.DryRun.ShouldBeTrue();
        result.TotalRows.ShouldBe(7);
        result.Created.ShouldBe(1);
        result.Invalid.ShouldBe(6);
        Errors(result).ShouldBe(
        [
            (3, "email", MemberImportRowErrorCodes.InvalidEmail),
            (4, "phone", MemberImportRowErrorCodes.InvalidPhone),
            (4, "date_of_birth", MemberImportRowErrorCodes.DateOutOfRange),
            (5, "email", MemberImportRowErrorCodes.DuplicateInFile),
            (6, "date_of_birth", MemberImportRowErrorCodes.InvalidDate),
            (7, "email", MemberImportRowErrorCodes.Required),
            (8, "*", MemberImportRowErrorCodes.FieldCount),
        ]);
        result.InvalidRows.ShouldAllBe(r => r.Outcome == MemberImportRowOutcome.Invalid && r.MemberId == null);
        (await CountUsersAsync(tenant, "ann@example.test")).ShouldBe(0);
    }

    [Fact]
    public async Task Import_CreatesMembersWithoutPassword_ThenTheSameFileIsUnchanged_AndAChangedFileUpdatesOnlyWhatItGives()
    {
        var tenant = await fixture.CreateTenantAsync();
        var csv = Csv(Header, "ann@example.test,Ann,Lee,+1 555 0100,1990-04-01", "bob@example.test,Bob,,,");

        var first = await ImportAsync(tenant, csv);

        (first.Created, first.Updated, first.Unchanged, first.Invalid).ShouldBe((2, 0, 0, 0));
        var ann = await _data.QueryAsync(tenant.Id, db => db.Set<AppUser>().AsNoTracking().SingleAsync(u => u.NormalizedEmail == "ANN@EXAMPLE.TEST"));
        (ann.UserName, ann.Name, ann.Surname, ann.PhoneNumber, ann.PasswordHash, ann.EmailConfirmed, ann.IsActive).ShouldBe(
            ("ann@example.test", "Ann", "Lee", "+1 555 0100", (string?)null, false, true));
        (await RolesAsync(tenant, ann.Id)).ShouldBe([IdentityConsts.MemberRole]);
        (await _data.QueryAsync(tenant.Id, db => db.Set<MemberProfile>().SingleAsync(p => p.MemberId == ann.Id))).DateOfBirth.ShouldBe(new DateOnly(1990, 4, 1));

        var again = await ImportAsync(tenant, csv);
        (again.Created, again.Updated, again.Unchanged).ShouldBe((0, 0, 2));

        var changed = await ImportAsync(tenant, Csv("EMAIL, Last_Name ,date_of_birth", "Ann@Example.test,Lee-Smith,", "bob@example.test,,1992-02-29"));
        (changed.Created, changed.Updated, changed.Unchanged).ShouldBe((0, 2, 0));
        ann = await _data.QueryAsync(tenant.Id, db => db.Set<AppUser>().AsNoTracking().SingleAsync(u => u.Id == ann.Id));
        (ann.Name, ann.Surname, ann.PhoneNumber).ShouldBe(("Ann", "Lee-Smith", "+1 555 0100"), "an absent column or an empty cell keeps the value");
        (await _data.QueryAsync(tenant.Id, db => db.Set<MemberProfile>().SingleAsync(p => p.MemberId == ann.Id))).DateOfBirth.ShouldBe(new DateOnly(1990, 4, 1));
        (await CountUsersAsync(tenant, "bob@example.test")).ShouldBe(1);
    }

    [Fact]
    public async Task Import_WithInvalidRows_ImportsNothing_UnlessTheyAreSkipped()
    {
        var tenant = await fixture.CreateTenantAsync();
        var csv = Csv(Header, "ann@example.test,Ann,,,", "broken,Bob,,,", "cid@example.test,Cid,,,");

        var refused = await Should.ThrowAsync<BusinessException>(() => ImportAsync(tenant, csv));

        refused.Code.ShouldBe(FormsErrorCodes.ImportHasInvalidRows);
        refused.Details["invalidRows"].ShouldBe(1);
        (await CountUsersAsync(tenant, "ann@example.test")).ShouldBe(0);

        var skipped = await ImportAsync(tenant, csv, skipInvalidRows: true);
        (skipped.Created, skipped.Invalid).ShouldBe((2, 1));
        skipped.InvalidRows.Single().Row.ShouldBe(3);
        (await CountUsersAsync(tenant, "ann@example.test")).ShouldBe(1);
        (await CountUsersAsync(tenant, "cid@example.test")).ShouldBe(1);
    }

    [Fact]
    public async Task Import_OverTheMemberQuota_ImportsNothing()
    {
        var tenant = await fixture.CreateTenantAsync();
        await _features.SetOverridesAsync(tenant, (IdentityFeatures.MaxMembers, "2"));

        var refused = await Should.ThrowAsync<BusinessException>(() => ImportAsync(tenant, Csv(Header, "a@example.test,,,,", "b@example.test,,,,", "c@example.test,,,,")));

        refused.Code.ShouldBe(FeatureErrorCodes.QuotaExceeded);
        (await CountUsersAsync(tenant, "a@example.test")).ShouldBe(0);
        (await ImportAsync(tenant, Csv(Header, "a@example.test,,,,", "b@example.test,,,,"))).Created.ShouldBe(2);
    }

    [Fact]
    public async Task Import_AnEmailThatIsAnotherAccountsUserName_IsAnInvalidRow()
    {
        var tenant = await fixture.CreateTenantAsync();
        // A staff account whose user name looks like another e-mail (created with the new personal details).
        var staff = await _features.AsAdminAsync<IUserAppService, IdentityUserDto>(tenant, s => s.CreateAsync(new CreateIdentityUserDto
        {
            UserName = "zed@gym.test",
            Email = "zed.staff@example.test",
            Password = TestUsers.Password,
            RoleNames = [IdentityConsts.StaffRole],
            Name = " Zed ",
            Surname = "Staff",
            PhoneNumber = "+44 20 7946 0000",
        }));
        (staff.Name, staff.Surname, staff.PhoneNumber).ShouldBe(("Zed", "Staff", "+44 20 7946 0000"));

        var result = await ImportAsync(tenant, Csv(Header, "zed@gym.test,Zed,,,"), dryRun: true);

        Errors(result).ShouldBe([(2, "email", MemberImportRowErrorCodes.EmailInUse)]);
    }

    [Theory]
    [InlineData("email,first_name\na@example.test,\"Ann\nb@example.test,Bob\n", FormsErrorCodes.ImportCsvMalformed)]
    [InlineData("email,first_name\na@example.test,An\"n\n", FormsErrorCodes.ImportCsvMalformed)]
    [InlineData("mail,first_name\na@example.test,Ann\n", FormsErrorCodes.ImportHeaderInvalid)]
    [InlineData("email;first_name\na@example.test;Ann\n", FormsErrorCodes.ImportHeaderInvalid)]
    [InlineData("email,first_name,email\na@example.test,Ann,a@example.test\n", FormsErrorCodes.ImportHeaderInvalid)]
    [InlineData("email,first_name\n", FormsErrorCodes.ImportEmpty)]
    public async Task Import_AFileThatIsNotAMemberCsv_IsRefusedWhole(string text, string code)
    {
        var tenant = await fixture.CreateTenantAsync();

        var refused = await Should.ThrowAsync<BusinessException>(() => ImportAsync(tenant, Encoding.UTF8.GetBytes(text), dryRun: true));

        refused.Code.ShouldBe(code);
        (await CountUsersAsync(tenant, "a@example.test")).ShouldBe(0);
    }

    [Fact]
    public async Task Import_TooLargeOrNotUtf8_IsRefused()
    {
        var tenant = await fixture.CreateTenantAsync();
        var large = new byte[(10 * 1024 * 1024) + 1];

        (await Should.ThrowAsync<BusinessException>(() => ImportAsync(tenant, large))).Code.ShouldBe(FormsErrorCodes.ImportTooLarge);
        var latin1 = Encoding.Latin1.GetBytes("email,first_name\njose@example.test,José\n");
        var notUtf8 = await Should.ThrowAsync<BusinessException>(() => ImportAsync(tenant, latin1));
        notUtf8.Code.ShouldBe(FormsErrorCodes.ImportCsvMalformed);
        notUtf8.Details["reason"].ShouldBe("not UTF-8");
    }

    [Fact]
    public async Task MembersExport_ImportsAgainUnchanged_AndShowsOnlyTheGymsMembers()
    {
        var tenant = await fixture.CreateTenantAsync();
        var other = await fixture.CreateTenantAsync();
        await ImportAsync(tenant, Csv(Header, "ann@example.test,Ann,\"Lee, Jr.\",+1 555 0100,1990-04-01", "bob@example.test,=cmd,,,"));
        await ImportAsync(other, Csv(Header, "other@example.test,Other,,,"));

        var rows = await ExportAsync(tenant, "members");

        rows[0].ShouldBe(["member_id", "email", "first_name", "last_name", "phone", "date_of_birth", "joined_at"]);
        var ann = rows.Single(r => r[1] == "ann@example.test");
        ann[2..6].ShouldBe(["Ann", "Lee, Jr.", "+1 555 0100", "1990-04-01"]);
        DateTime.Parse(ann[6]!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind).Kind.ShouldBe(DateTimeKind.Utc);
        rows.Single(r => r[1] == "bob@example.test")[2].ShouldBe("'=cmd", "a cell a spreadsheet would run as a formula is escaped");
        rows.ShouldNotContain(r => r[1] == "other@example.test");
        rows.ShouldNotContain(r => r[1] != null && r[1]!.StartsWith("admin@", StringComparison.Ordinal), "only members are exported");

        var reimported = await ImportAsync(tenant, await ExportBytesAsync(tenant, "members"));
        (reimported.Created, reimported.Updated, reimported.Unchanged, reimported.Invalid).ShouldBe((0, 1, 1, 0), "bob's escaped name is the only change");
    }

    [Fact]
    public async Task Exports_OfADemoGym_HaveEveryDatasetWithTheMembersEmail_AndOneMembersRows()
    {
        var (tenant, members) = await _data.SeedDemoTenantAsync();

        var exports = await AsAdminAsync(tenant, s => s.GetExportsAsync());

        exports.Select(e => e.Name).ShouldBe(["bookings", "members", "memberships", "payments"]);
        exports.Single(e => e.Name == "bookings").Path.ShouldBe("/api/forms/member-data/exports/bookings");
        foreach (var export in exports.Where(e => e.Name != "members"))
        {
            var rows = await ExportAsync(tenant, export.Name);
            rows[0].ShouldBe([.. export.Columns]);
            rows[0][..2].ShouldBe(["member_id", "member_email"]);
            rows.Count.ShouldBeGreaterThan(1, $"the demo gym has {export.Name}");
            rows.Skip(1).ShouldAllBe(r => !string.IsNullOrEmpty(r[1]));

            var member = rows[1][0]!;
            var own = await ExportAsync(tenant, export.Name, Guid.Parse(member));
            own.Skip(1).ShouldAllBe(r => r[0] == member);
            own.Count.ShouldBe(rows.Count(r => r[0] == member) + 1);
        }

        var first = await ExportAsync(tenant, "members", members[0]);
        first.Count.ShouldBe(2);
        first[1][2..5].ShouldBe(["Ava", "Lindqvist", "+1 202 555 0102"], "the demo members have names and fictional phone numbers");
    }

    [Fact]
    public async Task Permissions_Feature_AndUnknownExports()
    {
        var tenant = await fixture.CreateTenantAsync();
        var staff = await fixture.CreateUserAsync(tenant.Id, "md-staff", IdentityConsts.StaffRole);
        var member = await fixture.CreateUserAsync(tenant.Id, "md-member", IdentityConsts.MemberRole);
        var csv = Csv(Header, "ann@example.test,,,,");

        await Should.ThrowAsync<AuthorizationException>(() => _features.AsAsync<IMemberDataAppService, IReadOnlyList<MemberDataExportDto>>(tenant.Id, staff, IdentityConsts.StaffRole, s => s.GetExportsAsync()));
        await Should.ThrowAsync<AuthorizationException>(() => _features.AsAsync<IMemberDataAppService, MemberImportResultDto>(
            tenant.Id, member, IdentityConsts.MemberRole, s => s.ImportMembersAsync(csv, new MemberImportInput { DryRun = true })));
        var unknown = await Should.ThrowAsync<BusinessException>(() => ExportAsync(tenant, "invoices"));
        unknown.Code.ShouldBe(FormsErrorCodes.ExportDatasetNotFound);

        await _features.SetOverridesAsync(tenant, (FormsFeatures.Enabled, "false"));
        (await Should.ThrowAsync<BusinessException>(() => ImportAsync(tenant, csv, dryRun: true))).Code.ShouldBe(FeatureErrorCodes.NotEnabled);
    }

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private static List<(int Row, string Column, string Code)> Errors(MemberImportResultDto result) =>
        [.. result.InvalidRows.SelectMany(r => r.Errors.Select(e => (r.Row, e.Column, e.Code)))];

    private Task<MemberImportResultDto> ImportAsync(TestTenant tenant, byte[] csv, bool dryRun = false, bool skipInvalidRows = false) =>
        AsAdminAsync(tenant, s => s.ImportMembersAsync(csv, new MemberImportInput { DryRun = dryRun, SkipInvalidRows = skipInvalidRows }));

    private async Task<byte[]> ExportBytesAsync(TestTenant tenant, string dataset, Guid? memberId = null)
    {
        using var output = new MemoryStream();
        await AsAdminAsync(tenant, async s =>
        {
            await s.ExportAsync(dataset, memberId, output, TestContext.Current.CancellationToken);
            return true;
        });
        return output.ToArray();
    }

    private async Task<List<string?[]>> ExportAsync(TestTenant tenant, string dataset, Guid? memberId = null)
    {
        var bytes = await ExportBytesAsync(tenant, dataset, memberId);
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = false, Separator = ',' });
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => (string?)reader.GetString(i))]);
        }

        return rows;
    }

    private Task<int> CountUsersAsync(TestTenant tenant, string email)
    {
        var normalized = email.ToUpperInvariant();
        return _data.QueryAsync(tenant.Id, db => db.Set<AppUser>().CountAsync(u => u.NormalizedEmail == normalized));
    }

    private Task<List<string>> RolesAsync(TestTenant tenant, Guid userId) =>
        _data.QueryAsync(tenant.Id, db => (from userRole in db.Set<AppUserRole>()
                                           join role in db.Set<AppRole>() on userRole.RoleId equals role.Id
                                           where userRole.UserId == userId
                                           select role.Name!).ToListAsync());

    private Task<TResult> AsAdminAsync<TResult>(TestTenant tenant, Func<IMemberDataAppService, Task<TResult>> call) =>
        _features.AsAsync(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminRole, call);
}
