using FitSaaS.Application.Tests.Forms;
using FitSaaS.Billing;
using FitSaaS.EntityFrameworkCore.Billing;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>The Billing module's part in data subject requests: export of memberships, invoices, payments; erasure keeps the financial records.</summary>
public sealed class BillingPersonalDataHandlerTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private readonly PersonalDataScenario _scenario = new(fixture);

    [Fact]
    public async Task ExportAndErase_ADemoMember_ExportsInvoicesAndPayments_ErasureEndsTheMembershipAndKeepsTheRecords_SecondIsANoOp()
    {
        var (tenant, members) = await _scenario.SeedDemoTenantAsync();
        var memberId = members[0]; // the demo's unlimited monthly membership, paid by cash
        var invoices = await _scenario.QueryAsync(tenant.Id, db => db.Set<Invoice>().AsNoTracking().Where(i => i.MemberId == memberId).Select(i => i.Id).ToListAsync());
        var payments = await _scenario.QueryAsync(tenant.Id, db => db.Set<Payment>().AsNoTracking().Where(p => p.MemberId == memberId).Select(p => p.Id).ToListAsync());
        var memberships = await _scenario.QueryAsync(tenant.Id, db => db.Set<Membership>().AsNoTracking().Where(m => m.MemberId == memberId).ToListAsync());
        invoices.ShouldNotBeEmpty();
        payments.ShouldNotBeEmpty();
        memberships.ShouldContain(m => m.IsLive);
        var othersLive = await _scenario.QueryAsync(tenant.Id, db => db.Set<Membership>().AsNoTracking().Where(m => m.MemberId != memberId).Select(m => new { m.Id, m.Status }).ToListAsync());

        var export = (await _scenario.ExportAsync<BillingPersonalDataHandler>(tenant.Id, memberId)).ShouldNotBeNull();
        export.GetProperty("invoices").EnumerateArray().Select(i => i.GetProperty("invoice").GetProperty("id").GetGuid()).ShouldBe(invoices, ignoreOrder: true);
        export.GetProperty("invoices").EnumerateArray().First().GetProperty("lines").GetArrayLength().ShouldBeGreaterThan(0);
        export.GetProperty("payments").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe(payments, ignoreOrder: true);
        export.GetProperty("memberships").EnumerateArray().First().GetProperty("plan").GetString().ShouldNotBeNullOrEmpty();

        var erased = await _scenario.EraseAsync<BillingPersonalDataHandler>(tenant.Id, memberId);

        erased.Retained.ShouldBeGreaterThanOrEqualTo(invoices.Count + payments.Count + memberships.Count);
        erased.Note.ShouldBe(BillingPersonalDataHandler.RetentionNote);
        (await _scenario.QueryAsync(tenant.Id, db => db.Set<Invoice>().CountAsync(i => i.MemberId == memberId))).ShouldBe(invoices.Count);
        (await _scenario.QueryAsync(tenant.Id, db => db.Set<Payment>().CountAsync(p => p.MemberId == memberId))).ShouldBe(payments.Count);
        var after = await _scenario.QueryAsync(tenant.Id, db => db.Set<Membership>().AsNoTracking().Where(m => m.MemberId == memberId).ToListAsync());
        after.ShouldNotContain(m => m.IsLive || m.Status == MembershipStatus.Pending);
        after.ShouldAllBe(m => m.CancellationReason == null);
        var others = await _scenario.QueryAsync(tenant.Id, db => db.Set<Membership>().AsNoTracking().Where(m => m.MemberId != memberId).Select(m => new { m.Id, m.Status }).ToListAsync());
        others.ShouldBe(othersLive, ignoreOrder: true);

        var again = await _scenario.EraseAsync<BillingPersonalDataHandler>(tenant.Id, memberId);
        (again.Deleted, again.Pseudonymised, again.Retained).ShouldBe((0, 0, erased.Retained));
    }
}
