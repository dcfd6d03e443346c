using FitSaaS.Framework.PersonalData;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Application.Tests.Forms;

/// <summary>The Identity module's part in data subject requests: the profile's export; erasure pseudonymises and closes the user.</summary>
public sealed class IdentityPersonalDataHandlerTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private readonly PersonalDataScenario _scenario = new(fixture);

    [Fact]
    public async Task ExportAndErase_AMember_ExportsTheProfile_ErasurePseudonymisesAndClosesTheUser_SecondIsANoOp()
    {
        var tenant = await fixture.CreateTenantAsync();
        var userName = $"dsr-{Guid.NewGuid():N}"[..16];
        var memberId = await fixture.CreateUserAsync(tenant.Id, userName, "member");
        var other = await fixture.CreateUserAsync(tenant.Id, userName + "o", "member");
        await _scenario.QueryAsync(tenant.Id, async db =>
        {
            var named = await db.Set<AppUser>().SingleAsync(u => u.Id == memberId);
            (named.Name, named.Surname, named.PhoneNumber) = ("Ann", "Lee", "+1 202 555 0199");
            return await db.SaveChangesAsync();
        });

        var export = (await _scenario.ExportAsync<IdentityPersonalDataHandler>(tenant.Id, memberId)).ShouldNotBeNull();
        (export.GetProperty("name").GetString(), export.GetProperty("surname").GetString(), export.GetProperty("phoneNumber").GetString()).ShouldBe(("Ann", "Lee", "+1 202 555 0199"));
        export.GetProperty("userName").GetString().ShouldBe(userName);
        export.GetProperty("email").GetString().ShouldBe($"{userName}@example.test");
        export.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["member"]);
        export.ToString().ShouldNotContain("passwordHash", Case.Insensitive);
        export.ToString().ShouldNotContain("securityStamp", Case.Insensitive);

        var erased = await _scenario.EraseAsync<IdentityPersonalDataHandler>(tenant.Id, memberId);

        erased.Pseudonymised.ShouldBe(1);
        var user = await _scenario.QueryAsync(tenant.Id, db => db.Set<AppUser>().AsNoTracking().SingleAsync(u => u.Id == memberId));
        user.UserName.ShouldBe(IdentityPersonalDataHandler.PseudonymFor(memberId));
        user.Email.ShouldBe($"{IdentityPersonalDataHandler.PseudonymFor(memberId)}@{IdentityPersonalDataHandler.PseudonymEmailDomain}");
        (user.Name, user.Surname, user.PhoneNumber).ShouldBe((null, null, null));
        user.PasswordHash.ShouldBeNull();
        user.IsActive.ShouldBeFalse();
        user.LockoutEnd.ShouldBe(DateTimeOffset.MaxValue);
        (await _scenario.QueryAsync(tenant.Id, db => db.Set<AppUserRole>().CountAsync(r => r.UserId == memberId))).ShouldBe(0);
        (await _scenario.QueryAsync(tenant.Id, db => db.Set<AppUser>().AsNoTracking().SingleAsync(u => u.Id == other))).UserName.ShouldBe(userName + "o");

        (await _scenario.EraseAsync<IdentityPersonalDataHandler>(tenant.Id, memberId)).ShouldBe(PersonalDataErasureResult.Nothing);
        var again = (await _scenario.ExportAsync<IdentityPersonalDataHandler>(tenant.Id, memberId)).ShouldNotBeNull();
        again.GetProperty("userName").GetString().ShouldBe(IdentityPersonalDataHandler.PseudonymFor(memberId));
        again.GetProperty("roles").GetArrayLength().ShouldBe(0);
    }
}
