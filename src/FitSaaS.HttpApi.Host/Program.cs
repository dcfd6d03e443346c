using FitSaaS;
using FitSaaS.BackgroundJobs;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.AspNetCore;
using FitSaaS.Framework.AspNetCore.ApiDefinition;
using FitSaaS.Framework.AspNetCore.ApplicationConfiguration;
using FitSaaS.Framework.Modularity;
using FitSaaS.Identity;
using FitSaaS.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
builder.AddFitSaaSTelemetry(); // OpenTelemetry when OTEL_EXPORTER_OTLP_ENDPOINT is set (README, "Telemetry")
builder.Services.AddFitSaaSApplication<FitSaaSHttpApiHostModule>(builder.Configuration);

var app = builder.Build();
// Before authentication: the per-IP limit also guards the endpoints OpenIddict answers itself.
app.UseRateLimiter();
app.UseFitSaaS();
app.UseFitSaaSAuditing();
app.UseFitSaaSJobDashboardSignIn();
app.UseSwagger();
app.UseSwaggerUI(options => options.UseAuthorizationCode()); // Authorize: authorization code + PKCE as FitSaaS_Swagger
app.MapControllers();
app.MapRazorPages();
app.MapFitSaaSJobDashboard();
app.MapTokenServer();
app.MapFitSaaSApplicationConfiguration();
app.MapFitSaaSApiDefinition();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", HealthReportWriter.ReadyOptions());

var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
if (database.MigrateOnStartup)
{
    await app.Services.GetRequiredService<DbMigrationService>().MigrateAsync(database.SeedDemoData);
}

// Create (first start) or load the token server's keys before serving requests.
await app.Services.GetRequiredService<SigningKeyManager>().LoadAsync();

await app.RunAsync();

/// <summary>The web host's entry point (public for WebApplicationFactory).</summary>
public partial class Program;
