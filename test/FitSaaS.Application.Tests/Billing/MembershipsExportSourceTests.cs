using FitSaaS.Application.Tests.Bookings;
using FitSaaS.Billing;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using static FitSaaS.Application.Tests.Bookings.MemberDataExportReader;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>The <c>memberships</c> dataset of the member data export: every membership with its plan, terms, freezes and cancellation, one member's, in order, inside the tenant.</summary>
public sealed class MembershipsExportSourceTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private readonly BillingScenario _scenario = new(fixture);
    private readonly MemberDataExportReader _export = new(fixture);

    [Fact]
    public async Task ReadAsync_AFrozenMonthlyAPackAndACancelledMonthly_ExactCellsInSaleOrder_FilteredByMember_OtherTenantsNever()
    {
        var gym = await _scenario.CreateGymAsync();
        var alice = await _scenario.CreateMemberAsync(gym.Tenant);
        var bob = await _scenario.CreateMemberAsync(gym.Tenant);
        var monthly = await _scenario.CreateMonthlyAsync(gym.Tenant, allowance: 8);
        var pack = await _scenario.CreatePackAsync(gym.Tenant, credits: 10);
        var today = BillingScenario.Today;
        var frozen = await _scenario.SellAndPayAsync(gym.Tenant, alice, monthly.Id, today);
        await _scenario.AsAdminAsync<IMembershipAppService, MembershipDto>(gym.Tenant, s => s.FreezeAsync(frozen.Membership.Id, new FreezeMembershipDto
        {
            StartDate = today.AddDays(10), EndDate = today.AddDays(16), Reason = "Holiday",
        }));
        var packSale = await _scenario.SellAndPayAsync(gym.Tenant, alice, pack.Id);
        var bobs = await _scenario.SellAndPayAsync(gym.Tenant, bob, monthly.Id, today);
        await _scenario.AsAdminAsync<IMembershipAppService, MembershipDto>(gym.Tenant, s => s.CancelAsync(bobs.Membership.Id, new CancelMembershipDto { Reason = "Moving" }));
        var other = await _scenario.CreateGymAsync();
        var stranger = await _scenario.CreateMemberAsync(other.Tenant);
        var strangersPlan = await _scenario.CreateMonthlyAsync(other.Tenant);
        var strangers = await _scenario.SellAsync(other.Tenant, stranger, strangersPlan.Id);

        var all = await _export.ReadAsync(gym.Tenant.Id, "memberships");
        var alices = await _export.ReadAsync(gym.Tenant.Id, "memberships", alice);
        var bobsRows = await _export.ReadAsync(gym.Tenant.Id, "memberships", bob);
        var theirs = await _export.ReadAsync(other.Tenant.Id, "memberships");
        var strangerAsSeenHere = await _export.ReadAsync(gym.Tenant.Id, "memberships", stranger);

        all.Select(r => r["membership_id"]).ShouldBe([Id(frozen.Membership.Id), Id(packSale.Membership.Id), Id(bobs.Membership.Id)]);
        alices.Select(r => r["membership_id"]).ShouldBe([Id(frozen.Membership.Id), Id(packSale.Membership.Id)]);
        bobsRows.Select(r => r["membership_id"]).ShouldBe([Id(bobs.Membership.Id)]);
        theirs.Select(r => (r["member_id"], r["membership_id"], r["status"])).ShouldBe([(Id(stranger), Id(strangers.Membership.Id), "Pending")]);
        strangerAsSeenHere.ShouldBeEmpty();

        var stored = await _export.QueryAsync(gym.Tenant.Id, db => db.Set<Membership>().AsNoTracking().OrderBy(m => m.CreationTime).ToListAsync());
        var m = stored.Single(x => x.Id == frozen.Membership.Id);
        (m.CurrentPeriodEnd, m.Price, m.Currency).ShouldBe((today.AddMonths(1).AddDays(7), 8900L, monthly.Currency));
        alices[0].ShouldBe(new Dictionary<string, string?>
        {
            ["member_id"] = Id(alice),
            ["membership_id"] = Id(m.Id),
            ["plan_id"] = Id(monthly.Id),
            ["plan_name"] = "8 classes a month",
            ["kind"] = "Membership",
            ["status"] = "Active",
            ["start_date"] = Date(today),
            ["current_period_start"] = Date(today),
            ["current_period_end"] = Date(today.AddMonths(1).AddDays(7)),
            ["minimum_term_end_date"] = null,
            ["time_zone"] = m.TimeZoneId,
            ["price"] = "8900",
            ["currency"] = monthly.Currency,
            ["tax_rate_percent"] = "0",
            ["tax_mode"] = m.TaxMode.ToString(),
            ["interval"] = "Month",
            ["interval_count"] = "1",
            ["allowance"] = "8",
            ["auto_renew"] = "true",
            ["activated_at"] = Instant(m.ActivatedAtUtc!.Value),
            ["cancellation_requested_at"] = null,
            ["cancel_effective_date"] = null,
            ["ended_at"] = null,
            ["freeze_count"] = "1",
            ["latest_freeze_start_date"] = Date(today.AddDays(10)),
            ["latest_freeze_end_date"] = Date(today.AddDays(16)),
            ["created_at"] = Instant(m.CreationTime),
        });
        alices[0]["created_at"].ShouldEndWith("Z");

        var p = stored.Single(x => x.Id == packSale.Membership.Id);
        (alices[1]["kind"], alices[1]["plan_name"], alices[1]["price"], alices[1]["tax_rate_percent"], alices[1]["tax_mode"]).ShouldBe(("ClassPack", "10-class pack", "10000", "17", "Inclusive"));
        (alices[1]["interval"], alices[1]["interval_count"], alices[1]["allowance"], alices[1]["auto_renew"], alices[1]["freeze_count"]).ShouldBe((null, null, null, "false", "0"));
        (alices[1]["latest_freeze_start_date"], alices[1]["created_at"]).ShouldBe((null, Instant(p.CreationTime)));

        var b = stored.Single(x => x.Id == bobs.Membership.Id);
        b.CancelEffectiveDate.ShouldNotBeNull();
        (bobsRows[0]["status"], bobsRows[0]["auto_renew"], bobsRows[0]["cancel_effective_date"]).ShouldBe(("Active", "false", Date(b.CancelEffectiveDate.Value)));
        bobsRows[0]["cancellation_requested_at"].ShouldBe(Instant(b.CancellationRequestedAtUtc!.Value));
        bobsRows[0].Values.ShouldNotContain("Moving");
    }
}
