namespace FitSaaS.HttpApi.Host.Tests.Isolation;

/// <summary>
/// A module's seed for the isolation probe: fills tenant B (the victim) and the host with the module's data through its API
/// and tells the probe the ids, keys and secrets to try as tenant A. One class per module, in the module's own test folder
/// (<c>Bookings/BookingsIsolationProbeSeed.cs</c>); <see cref="IsolationProbeTests"/> finds every implementation in this test
/// assembly and runs those whose module has routes in the OpenAPI document, so adding a module touches no probe file.
/// </summary>
public interface IIsolationProbeSeed
{
    /// <summary>The route prefix of the module (<c>/api/bookings/</c>); the seed is skipped when the host has no such route.</summary>
    string RoutePrefix { get; }

    /// <summary>When the seed runs, lower first (a module's seed runs after those of the modules it depends on; default 100).</summary>
    int Order => 100;

    /// <summary>Creates the module's data in tenant B (and the host) and adds it to <see cref="IsolationProbeSeedContext.Targets"/>.</summary>
    Task SeedAsync(IsolationProbeSeedContext context, CancellationToken cancellationToken);
}
