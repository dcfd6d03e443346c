namespace FitSaaS.Framework.Diagnostics;

/// <summary>
/// Names shared by the kit's own metrics: one <see cref="System.Diagnostics.Metrics.Meter"/> named <see cref="Name"/>,
/// created through <see cref="System.Diagnostics.Metrics.IMeterFactory"/> by the server-side code that counts (tenant
/// requests in FitSaaS.Framework.AspNetCore, the outbox backlog in FitSaaS.Framework.EntityFrameworkCore, bookings in
/// the Bookings application services, job failures in the background-job failure store). Exported by OpenTelemetry when
/// the host enables it (README, "Telemetry").
/// </summary>
public static class FitSaaSMeter
{
    /// <summary>The meter's name: <c>FitSaaS</c> (what an OpenTelemetry <c>AddMeter</c> call names).</summary>
    public const string Name = "FitSaaS";

    /// <summary>Tag: the tenant's id (<c>fitsaas.tenant.id</c>); absent for the host.</summary>
    public const string TenantIdTag = "fitsaas.tenant.id";

    /// <summary>Tag: the tenant's name (<c>fitsaas.tenant.name</c>); absent for the host.</summary>
    public const string TenantNameTag = "fitsaas.tenant.name";

    /// <summary>
    /// The <see cref="Name"/> meter of <paramref name="meterFactory"/>: the factory caches meters by name, so every caller in
    /// one service provider shares one instance (disposed with the provider).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="meterFactory"/> is null.</exception>
    public static System.Diagnostics.Metrics.Meter Create(System.Diagnostics.Metrics.IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        return meterFactory.Create(new System.Diagnostics.Metrics.MeterOptions(Name));
    }
}
