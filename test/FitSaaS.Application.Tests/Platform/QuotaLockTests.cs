using System.Diagnostics;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Platform;

/// <summary>
/// The quota lock on PostgreSQL (<c>pg_advisory_xact_lock</c>): taking a lock the transaction holds again (Bookings' member
/// limits and Billing's guard share the member's lock) neither blocks nor releases it — another transaction still waits
/// until the holder commits — and it costs one statement each time: the lock is not remembered per transaction, because
/// Npgsql reuses its transaction objects across pooled transactions (a memo keyed by them let a later transaction skip a
/// lock it did not hold: QuotaTests caught it).
/// </summary>
public sealed class QuotaLockTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    [Fact]
    public async Task AcquireAsync_AgainInTheSameTransaction_DoesNotBlock_AndAnotherTransactionWaitsUntilCommit()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, "Advisory locks exist on PostgreSQL only; SQLite's transaction holds the database's write lock.");
        var key = $"test:{Guid.NewGuid():N}";
        var other = $"test:{Guid.NewGuid():N}";
        await using var holder = fixture.CreateScope();
        var unitOfWork = await holder.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var locks = holder.ServiceProvider.GetRequiredService<IQuotaLock>();
        var db = await holder.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var commands = new AdvisoryLockCounter(executed => ReferenceEquals(executed.Context, db)).Start();

        await locks.AcquireAsync(key, TestContext.Current.CancellationToken);
        await locks.AcquireAsync(key, TestContext.Current.CancellationToken);
        await locks.AcquireAllAsync([key, other], TestContext.Current.CancellationToken);

        commands.Count.ShouldBe(3, "a statement per call: nothing is remembered across calls");
        await using var waiter = fixture.CreateScope();
        await using var waiting = await waiter.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var blocked = waiter.ServiceProvider.GetRequiredService<IQuotaLock>().AcquireAsync(key, TestContext.Current.CancellationToken);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        blocked.IsCompleted.ShouldBeFalse("the other transaction waits while the lock is held");
        await unitOfWork.CompleteAsync(TestContext.Current.CancellationToken);
        await unitOfWork.DisposeAsync();
        await blocked.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }
}
