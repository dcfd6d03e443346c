using FitSaaS.Framework.Application;
using FitSaaS.Framework.Http;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Domain.Tests.Framework.Uow;

/// <summary>
/// The unit of work of an application-service call follows the HTTP method the auto API serves it with: a GET
/// (<c>Get…</c>, <c>Find…</c>, <c>[HttpApiMethod("GET")]</c>) runs without a transaction, everything else in one, and
/// <see cref="UnitOfWorkAttribute"/> overrides both. Driven through the real proxy and interceptor.
/// </summary>
public sealed class UnitOfWorkConventionTests
{
    [Theory]
    [InlineData(nameof(IConventionTestAppService.GetAsync), false)]
    [InlineData(nameof(IConventionTestAppService.GetListAsync), false)]
    [InlineData(nameof(IConventionTestAppService.FindByNameAsync), false)]
    [InlineData(nameof(IConventionTestAppService.LookupAsync), false)]
    [InlineData(nameof(IConventionTestAppService.CreateAsync), true)]
    [InlineData(nameof(IConventionTestAppService.GetawayAsync), true)]
    [InlineData(nameof(IConventionTestAppService.FindAndLockAsync), true)]
    [InlineData(nameof(IConventionTestAppService.RecalculateAsync), false)]
    public async Task UnitOfWork_IsTransactional_UnlessTheCallIsAGet(string methodName, bool transactional)
    {
        var unitsOfWork = new RecordingUnitOfWorkManager();
        await using var services = new ServiceCollection()
            .AddSingleton<IUnitOfWorkManager>(unitsOfWork)
            .AddTransient<UnitOfWorkInterceptor>()
            .AddSingleton<ApplicationServiceMethodCache>()
            .Configure<ApplicationServicePipelineOptions>(options => options.Interceptors.Add(typeof(UnitOfWorkInterceptor)))
            .BuildServiceProvider();
        var proxy = (IConventionTestAppService)ApplicationServiceProxy.Create(typeof(IConventionTestAppService), new ConventionTestAppService(), services);

        await (Task)typeof(IConventionTestAppService).GetMethod(methodName)!.Invoke(proxy, [])!;

        unitsOfWork.Started.ShouldBe([transactional]);
        var verb = HttpApiConventions.GetHttpMethod(typeof(IConventionTestAppService).GetMethod(methodName)!);
        if (typeof(IConventionTestAppService).GetMethod(methodName)!.GetCustomAttributes(typeof(UnitOfWorkAttribute), true).Length == 0)
        {
            (verb == "GET").ShouldBe(!transactional, "without an attribute, routing and the unit of work agree");
        }
    }

    private sealed class RecordingUnitOfWorkManager : IUnitOfWorkManager
    {
        public List<bool> Started { get; } = [];

        public IUnitOfWork? Current => null;

        public Task<IUnitOfWork> BeginAsync(UnitOfWorkOptions? options = null, CancellationToken cancellationToken = default)
        {
            Started.Add(options?.IsTransactional ?? true);
            return Task.FromResult<IUnitOfWork>(new CompletedUnitOfWork(options?.IsTransactional ?? true));
        }
    }

    private sealed class CompletedUnitOfWork(bool transactional) : IUnitOfWork
    {
        public bool IsTransactional => transactional;

        public Task SaveChangesAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task CompleteAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public void OnCompleted(Func<Task> handler)
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>Methods named after each convention.</summary>
public interface IConventionTestAppService : IApplicationService
{
    /// <summary>GET by name.</summary>
    Task GetAsync();

    /// <summary>GET by name.</summary>
    Task GetListAsync();

    /// <summary>GET by name (Find…).</summary>
    Task FindByNameAsync();

    /// <summary>GET by attribute.</summary>
    [HttpApiMethod("GET")]
    Task LookupAsync();

    /// <summary>POST by name.</summary>
    Task CreateAsync();

    /// <summary>"Get" is not a word of its own here: POST.</summary>
    Task GetawayAsync();

    /// <summary>A GET that must lock rows: transactional by attribute.</summary>
    [UnitOfWork(IsTransactional = true)]
    Task FindAndLockAsync();

    /// <summary>A POST that writes nothing: no transaction by attribute.</summary>
    [UnitOfWork(IsTransactional = false)]
    Task RecalculateAsync();
}

/// <summary>Does nothing.</summary>
public sealed class ConventionTestAppService : IConventionTestAppService
{
    /// <inheritdoc/>
    public Task GetAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public Task GetListAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public Task FindByNameAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public Task LookupAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public Task CreateAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public Task GetawayAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public Task FindAndLockAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    public Task RecalculateAsync() => Task.CompletedTask;
}
