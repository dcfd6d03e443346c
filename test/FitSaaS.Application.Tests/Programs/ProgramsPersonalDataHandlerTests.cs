using FitSaaS.Application.Tests.Forms;
using FitSaaS.EntityFrameworkCore.Programs;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Application.Tests.Programs;

/// <summary>The Programs module's part in data subject requests: export of results, PRs, body metrics, goals, assignments; erasure deletes them.</summary>
public sealed class ProgramsPersonalDataHandlerTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private readonly PersonalDataScenario _scenario = new(fixture);

    [Fact]
    public async Task ExportAndErase_ADemoMember_ExportsResultsMetricsAndGoals_ErasureDeletesThemOnly_SecondIsANoOp()
    {
        var (tenant, members) = await _scenario.SeedDemoTenantAsync();
        var memberId = members[1]; // the demo's member with results, body weights and a goal
        var results = await _scenario.QueryAsync(tenant.Id, db => db.Set<WorkoutResult>().AsNoTracking().Where(r => r.MemberId == memberId).Select(r => r.Id).ToListAsync());
        var metrics = await _scenario.QueryAsync(tenant.Id, db => db.Set<BodyMetricEntry>().AsNoTracking().CountAsync(e => e.MemberId == memberId));
        var goals = await _scenario.QueryAsync(tenant.Id, db => db.Set<Goal>().AsNoTracking().CountAsync(g => g.MemberId == memberId));
        var othersResults = await _scenario.QueryAsync(tenant.Id, db => db.Set<WorkoutResult>().AsNoTracking().CountAsync(r => r.MemberId != memberId));
        results.ShouldNotBeEmpty();
        metrics.ShouldBeGreaterThan(0);
        goals.ShouldBeGreaterThan(0);
        othersResults.ShouldBeGreaterThan(0);

        var export = (await _scenario.ExportAsync<ProgramsPersonalDataHandler>(tenant.Id, memberId)).ShouldNotBeNull();
        export.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ShouldBe(results, ignoreOrder: true);
        export.GetProperty("bodyMetrics").GetArrayLength().ShouldBe(metrics);
        export.GetProperty("bodyMetrics").EnumerateArray().First().GetProperty("metric").GetString().ShouldNotBeNullOrEmpty();
        export.GetProperty("goals").GetArrayLength().ShouldBe(goals);

        var erased = await _scenario.EraseAsync<ProgramsPersonalDataHandler>(tenant.Id, memberId);

        erased.Deleted.ShouldBeGreaterThanOrEqualTo(results.Count + metrics + goals);
        (erased.Pseudonymised, erased.Retained).ShouldBe((0, 0));
        (await _scenario.QueryAsync(tenant.Id, db => db.Set<WorkoutResult>().IgnoreQueryFilters().CountAsync(r => r.MemberId == memberId && r.TenantId == tenant.Id))).ShouldBe(0);
        (await _scenario.QueryAsync(tenant.Id, db => db.Set<BodyMetricEntry>().CountAsync(e => e.MemberId == memberId))).ShouldBe(0);
        (await _scenario.QueryAsync(tenant.Id, db => db.Set<Goal>().CountAsync(g => g.MemberId == memberId))).ShouldBe(0);
        (await _scenario.QueryAsync(tenant.Id, db => db.Set<WorkoutResult>().CountAsync(r => r.MemberId != memberId))).ShouldBe(othersResults);

        (await _scenario.EraseAsync<ProgramsPersonalDataHandler>(tenant.Id, memberId)).ShouldBe(PersonalDataErasureResult.Nothing);
        (await _scenario.ExportAsync<ProgramsPersonalDataHandler>(tenant.Id, memberId)).ShouldBeNull();
    }
}
