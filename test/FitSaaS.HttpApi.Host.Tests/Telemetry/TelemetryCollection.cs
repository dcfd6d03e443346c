namespace FitSaaS.HttpApi.Host.Tests.Telemetry;

/// <summary>
/// The telemetry tests run on their own: the kit's meter name is process-wide for OpenTelemetry, so no other test host may
/// create or dispose meters of that name while they read their counters.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public static class TelemetryCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Telemetry";
}
