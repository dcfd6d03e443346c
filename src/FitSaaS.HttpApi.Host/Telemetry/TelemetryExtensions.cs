using FitSaaS.Framework.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FitSaaS.Telemetry;

/// <summary>
/// OpenTelemetry traces, metrics and logs as .NET's service-defaults convention registers them: ASP.NET Core, HttpClient,
/// Npgsql (its own <c>Npgsql</c> activity source and meter), EF Core's meter, .NET runtime metrics, the kit's
/// <see cref="FitSaaSMeter.Name"/> meter and RabbitMQ.Client's activity sources. Exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the standard <c>OTEL_*</c> variables configure the exporter, e.g.
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, <c>OTEL_SERVICE_NAME</c>, <c>OTEL_RESOURCE_ATTRIBUTES</c>); off otherwise: then nothing
/// is registered and nothing is collected, unless <c>Telemetry:Enabled</c> is true (for an exporter added in code, as the
/// tests do with the in-memory exporter).
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The configuration key that turns collection on without an OTLP endpoint.</summary>
    public const string EnabledKey = "Telemetry:Enabled";

    /// <summary>The configuration key (environment variable) of the OTLP endpoint.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Activity sources traced besides ASP.NET Core's and HttpClient's.</summary>
    public static readonly IReadOnlyList<string> ActivitySources = ["Npgsql", "RabbitMQ.Client.Publisher", "RabbitMQ.Client.Subscriber"];

    /// <summary>Meters collected besides ASP.NET Core's, HttpClient's and the runtime's.</summary>
    public static readonly IReadOnlyList<string> Meters = [FitSaaSMeter.Name, "Npgsql", "Microsoft.EntityFrameworkCore"];

    /// <summary>True when <paramref name="configuration"/> asks for telemetry (an OTLP endpoint, or <see cref="EnabledKey"/>).</summary>
    public static bool IsEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]) || configuration.GetValue<bool>(EnabledKey);
    }

    /// <summary>Registers OpenTelemetry for the host when <see cref="IsEnabled"/>; otherwise does nothing.</summary>
    /// <returns><paramref name="builder"/>.</returns>
    public static TBuilder AddFitSaaSTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!IsEnabled(builder.Configuration))
        {
            return builder;
        }

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddSource([.. ActivitySources]))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter([.. Meters]));

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
