using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Programs;

/// <summary>The same through the HTTP client proxies (the host gets the fake resolver).</summary>
public sealed class ResultsProxyApplicationFixture : FitSaaSProxyApplicationFixture, IResultsFixture
{
    public FakeWorkoutResultTargetResolver Resolver { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IWorkoutResultTargetResolver>(Resolver);
}
