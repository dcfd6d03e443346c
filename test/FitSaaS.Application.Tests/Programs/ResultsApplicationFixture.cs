using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Programs;

/// <summary>The application with <see cref="FakeWorkoutResultTargetResolver"/> as the result-target resolver (in process).</summary>
public sealed class ResultsApplicationFixture : FitSaaSApplicationFixture, IResultsFixture
{
    public FakeWorkoutResultTargetResolver Resolver { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IWorkoutResultTargetResolver>(Resolver);
}
