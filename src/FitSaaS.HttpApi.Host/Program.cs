using FitSaaS;
using FitSaaS.BackgroundJobs;
using FitSaaS.Billing;
using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Forms;
using FitSaaS.Framework.AspNetCore;
using FitSaaS.Framework.AspNetCore.ApiDefinition;
using FitSaaS.Framework.AspNetCore.ApplicationConfiguration;
using FitSaaS.Framework.Modularity;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
builder.AddFitSaaSTelemetry(); // OpenTelemetry when OTEL_EXPORTER_OTLP_ENDPOINT is set (README, "Telemetry")
builder.Services.AddFitSaaSApplication<FitSaaSHttpApiHostModule>(builder.Configuration);

var app = builder.Build();
var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
var signingKeys = app.Services.GetRequiredService<SigningKeyManager>();

// The token server's keys are loaded (or created on the first start) before requests are served. With the migrations done by
// the DbMigrator (production), that first use of the EF Core model — its building is the largest part of the start-up —
// runs on another core while the pipeline below is built (docs/benchmarks.md §9, cold start).
var keysLoaded = database.MigrateOnStartup ? null : signingKeys.LoadAsync();

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
app.MapBookingsCalendarFeed(); // anonymous iCalendar feed of a member's bookings (ADR 0041)
app.MapBillingInvoiceHtml(); // a printable invoice page for its member or staff
app.MapFormsDataRequestArchive(); // a completed GDPR export's zip for its member or staff (ADR 0057)
app.MapFormsMemberData(); // member CSV import (dry run, per-row errors) and the member data exports (ADR 0058)
app.MapMessagingHub(); // SignalR: notifications, messages and unread counts pushed to the user's connections (ADR 0063)
app.MapStripeWebhooks(); // Stripe events (platform and Connect), verified by signature, applied once
app.MapFitSaaSApplicationConfiguration();
app.MapFitSaaSApiDefinition();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", HealthReportWriter.ReadyOptions());

if (keysLoaded is null)
{
    await app.Services.GetRequiredService<DbMigrationService>().MigrateAsync(database.SeedDemoData);
    await signingKeys.LoadAsync();
}
else
{
    await keysLoaded;
}

await app.RunAsync();

/// <summary>The web host's entry point (public for WebApplicationFactory).</summary>
public partial class Program;
