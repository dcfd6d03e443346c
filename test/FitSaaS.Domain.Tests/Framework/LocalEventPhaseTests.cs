using FitSaaS.Framework.Events;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Domain.Tests.Framework;

/// <summary>Before-commit and after-commit local event handlers against the real unit-of-work manager and a recording database.</summary>
public sealed class LocalEventPhaseTests
{
    [Fact]
    public async Task BeforeCommitHandler_RunsInsideTheUnitOfWork_AfterCommitHandler_RunsOnceCommitted()
    {
        await using var scope = CreateScope();
        var journal = scope.ServiceProvider.GetRequiredService<Journal>();
        var bus = scope.ServiceProvider.GetRequiredService<ILocalEventBus>();
        var unitOfWorkManager = scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>();

        await using (var unitOfWork = await unitOfWorkManager.BeginAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            await bus.PublishAsync(new SomethingHappenedEvent("a"), TestContext.Current.CancellationToken);
            journal.Entries.ShouldBe(["before:a"]);
            await unitOfWork.CompleteAsync(TestContext.Current.CancellationToken);
        }

        journal.Entries.ShouldBe(["before:a", "commit", "after:a"]);
    }

    [Fact]
    public async Task AfterCommitHandler_IsSkipped_WhenTheUnitOfWorkRollsBack()
    {
        await using var scope = CreateScope();
        var journal = scope.ServiceProvider.GetRequiredService<Journal>();
        var bus = scope.ServiceProvider.GetRequiredService<ILocalEventBus>();
        var unitOfWorkManager = scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>();

        await using (await unitOfWorkManager.BeginAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            await bus.PublishAsync(new SomethingHappenedEvent("b"), TestContext.Current.CancellationToken);
        }

        journal.Entries.ShouldBe(["before:b", "rollback"]);
    }

    [Fact]
    public async Task AfterCommitHandler_PublishedInANestedUnitOfWork_WaitsForTheOuterCommit()
    {
        await using var scope = CreateScope();
        var journal = scope.ServiceProvider.GetRequiredService<Journal>();
        var bus = scope.ServiceProvider.GetRequiredService<ILocalEventBus>();
        var unitOfWorkManager = scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>();

        await using (var outer = await unitOfWorkManager.BeginAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            await using (var inner = await unitOfWorkManager.BeginAsync(cancellationToken: TestContext.Current.CancellationToken))
            {
                await bus.PublishAsync(new SomethingHappenedEvent("c"), TestContext.Current.CancellationToken);
                await inner.CompleteAsync(TestContext.Current.CancellationToken);
            }

            journal.Entries.ShouldBe(["before:c"]);
            await outer.CompleteAsync(TestContext.Current.CancellationToken);
        }

        journal.Entries.ShouldBe(["before:c", "commit", "after:c"]);
    }

    [Fact]
    public async Task AfterCommitHandler_ThatThrows_IsLogged_AndDoesNotFailTheCommittedCaller()
    {
        await using var scope = CreateScope();
        var journal = scope.ServiceProvider.GetRequiredService<Journal>();
        var bus = scope.ServiceProvider.GetRequiredService<ILocalEventBus>();
        var unitOfWorkManager = scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>();
        var logger = scope.ServiceProvider.GetRequiredService<RecordingLoggerProvider>();

        await using (var unitOfWork = await unitOfWorkManager.BeginAsync(cancellationToken: TestContext.Current.CancellationToken))
        {
            await bus.PublishAsync(new SomethingHappenedEvent("fail"), TestContext.Current.CancellationToken);
            await unitOfWork.CompleteAsync(TestContext.Current.CancellationToken);
        }

        // The failing handler is registered first; the next after-commit handler still runs.
        journal.Entries.ShouldBe(["before:fail", "commit", "after:fail"]);
        logger.Errors.ShouldHaveSingleItem().ShouldContain(nameof(FailingAfterCommitHandler));
    }

    [Fact]
    public async Task AfterCommitHandler_WithoutAUnitOfWork_RunsAtOnce()
    {
        await using var scope = CreateScope();
        var journal = scope.ServiceProvider.GetRequiredService<Journal>();
        var bus = scope.ServiceProvider.GetRequiredService<ILocalEventBus>();

        await bus.PublishAsync(new SomethingHappenedEvent("d"), TestContext.Current.CancellationToken);

        journal.Entries.ShouldBe(["before:d", "after:d"]);
    }

    [Fact]
    public async Task BeforeCommitHandler_ThatThrows_FailsThePublisher()
    {
        await using var scope = CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<ILocalEventBus>();

        await Should.ThrowAsync<InvalidOperationException>(
            () => bus.PublishAsync(new OtherThingHappenedEvent(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Phase_IsReadFromTheHandlerClass()
    {
        LocalEventHandlerInvokers.GetPhase(typeof(BeforeHandler)).ShouldBe(LocalEventPhase.BeforeCommit);
        LocalEventHandlerInvokers.GetPhase(typeof(AfterHandler)).ShouldBe(LocalEventPhase.AfterCommit);
        LocalEventHandlerInvokers.GetPhase(typeof(TenantManagement.TenantCacheAfterCommitInvalidator)).ShouldBe(LocalEventPhase.AfterCommit);
        LocalEventHandlerInvokers.GetPhase(typeof(TenantManagement.TenantCacheInvalidator)).ShouldBe(LocalEventPhase.BeforeCommit);
    }

    private static AsyncServiceScope CreateScope()
    {
        var services = new ServiceCollection();
        services.AddSingleton<RecordingLoggerProvider>();
        services.AddLogging(b => b.Services.AddSingleton<ILoggerProvider>(sp => sp.GetRequiredService<RecordingLoggerProvider>()));
        services.AddSingleton<LocalEventHandlerInvokers>();
        services.AddScoped<ILocalEventBus, LocalEventBus>();
        services.AddScoped<IUnitOfWorkManager, UnitOfWorkManager>();
        services.AddScoped<Journal>();
        services.AddScoped<IUnitOfWorkDatabase, RecordingDatabase>();
        services.AddTransient<ILocalEventHandler<SomethingHappenedEvent>, FailingAfterCommitHandler>();
        services.AddTransient<ILocalEventHandler<SomethingHappenedEvent>, AfterHandler>();
        services.AddTransient<ILocalEventHandler<SomethingHappenedEvent>, BeforeHandler>();
        services.AddTransient<ILocalEventHandler<OtherThingHappenedEvent>, ThrowingBeforeHandler>();
        return services.BuildServiceProvider(validateScopes: true).CreateAsyncScope();
    }

    public sealed record SomethingHappenedEvent(string Name);

    public sealed record OtherThingHappenedEvent;

    public sealed class Journal
    {
        public List<string> Entries { get; } = [];
    }

    public sealed class RecordingDatabase(Journal journal) : IUnitOfWorkDatabase
    {
        public Task BeginAsync(bool transactional, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task SaveChangesAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            journal.Entries.Add("commit");
            return Task.CompletedTask;
        }

        public Task RollbackAsync(CancellationToken cancellationToken)
        {
            journal.Entries.Add("rollback");
            return Task.CompletedTask;
        }
    }

    public sealed class BeforeHandler(Journal journal) : ILocalEventHandler<SomethingHappenedEvent>
    {
        public Task HandleEventAsync(SomethingHappenedEvent eventData, CancellationToken cancellationToken = default)
        {
            journal.Entries.Add($"before:{eventData.Name}");
            return Task.CompletedTask;
        }
    }

    [LocalEventHandler(LocalEventPhase.AfterCommit)]
    public sealed class AfterHandler(Journal journal) : ILocalEventHandler<SomethingHappenedEvent>
    {
        public Task HandleEventAsync(SomethingHappenedEvent eventData, CancellationToken cancellationToken = default)
        {
            journal.Entries.Add($"after:{eventData.Name}");
            return Task.CompletedTask;
        }
    }

    [LocalEventHandler(LocalEventPhase.AfterCommit)]
    public sealed class FailingAfterCommitHandler : ILocalEventHandler<SomethingHappenedEvent>
    {
        public Task HandleEventAsync(SomethingHappenedEvent eventData, CancellationToken cancellationToken = default) =>
            eventData.Name == "fail" ? throw new InvalidOperationException("mail server down") : Task.CompletedTask;
    }

    public sealed class ThrowingBeforeHandler : ILocalEventHandler<OtherThingHappenedEvent>
    {
        public Task HandleEventAsync(OtherThingHappenedEvent eventData, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("invalid");
    }

    public sealed class RecordingLoggerProvider : ILoggerProvider
    {
        private readonly List<string> _errors = [];

        public IReadOnlyList<string> Errors
        {
            get
            {
                lock (_errors)
                {
                    return [.. _errors];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(RecordingLoggerProvider provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Error)
                {
                    lock (provider._errors)
                    {
                        provider._errors.Add(formatter(state, exception));
                    }
                }
            }
        }
    }
}
