using System.Globalization;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Bookings;

/// <summary>Reads one dataset of the member data export as the writer does: the source resolved from DI by its name, inside a tenant and a unit of work.</summary>
public sealed class MemberDataExportReader(FitSaaSApplicationFixture fixture)
{
    /// <summary>The dataset's rows (only the member's when given), each as column name → cell, in the source's order.</summary>
    public async Task<List<Dictionary<string, string?>>> ReadAsync(Guid tenantId, string dataset, Guid? memberId = null)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var source = scope.ServiceProvider.GetRequiredService<IEnumerable<IMemberDataExportSource>>().Single(s => s.Dataset == dataset);
        source.Columns[0].ShouldBe("member_id");
        source.Columns.Distinct().Count().ShouldBe(source.Columns.Count);
        var rows = new List<Dictionary<string, string?>>();
        await foreach (var row in source.ReadAsync(memberId, TestContext.Current.CancellationToken))
        {
            row.Length.ShouldBe(source.Columns.Count);
            rows.Add(source.Columns.Select((column, i) => (column, value: row[i])).ToDictionary(c => c.column, c => c.value));
        }

        await unitOfWork.CompleteAsync();
        return rows;
    }

    /// <summary>Reads the tenant's database (values the app services do not show, e.g. creation instants).</summary>
    public async Task<T> QueryAsync<T>(Guid tenantId, Func<FitSaaSDbContext, Task<T>> query)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        return await query(db);
    }

    /// <summary>A UTC instant as the export writes it (ISO 8601, <c>O</c> format, with <c>Z</c>).</summary>
    public static string Instant(DateTime utc)
    {
        utc.Kind.ShouldBe(DateTimeKind.Utc);
        return utc.ToString("O", CultureInfo.InvariantCulture);
    }

    /// <summary>A local date as the export writes it.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A lower-case GUID with hyphens.</summary>
    public static string Id(Guid id) => id.ToString("D");
}
