using FitSaaS.BackgroundJobs;
using FitSaaS.Billing;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.AspNetCore;
using FitSaaS.Framework.AspNetCore.OpenApi;
using FitSaaS.Framework.Caching.StackExchangeRedis;
using FitSaaS.Framework.Modularity;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FitSaaS;

/// <summary>The web host's root module: every feature module, the token server, the sign-in page, health checks.</summary>
[DependsOn(
    typeof(FitSaaSApplicationModule),
    typeof(FitSaaSEntityFrameworkCoreModule),
    typeof(FitSaaSFrameworkAspNetCoreModule),
    typeof(FitSaaSCachingStackExchangeRedisModule),
    typeof(Framework.Events.RabbitMq.FitSaaSFrameworkRabbitMqModule),
    typeof(Framework.MailKit.FitSaaSMailKitModule))]
public sealed class FitSaaSHttpApiHostModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Services;
        services.AddTokenServer(context.Configuration);
        services.AddRazorPages(); // the sign-in page (Pages/Account/Login)
        services.ConfigureSwaggerForAuthorizationCode();
        services.Configure<FitSaaSOpenApiOptions>(o => o.TagDescriptions[StripeWebhookEndpoints.OpenApiTag] = StripeWebhookEndpoints.OpenApiTagDescription);
        services.Configure<Swashbuckle.AspNetCore.SwaggerGen.SwaggerGenOptions>(o =>
        {
            o.OperationFilter<StripeWebhookRequestBodyFilter>();
            o.OperationFilter<Forms.MemberImportRequestBodyFilter>();
        });

        services.AddMessagingHub(context.Configuration);
        services.AddFitSaaSJobDashboard();
        services.AddHealthChecks()
            .AddDbContextCheck<FitSaaSDbContext>("database", tags: ["ready"]) // EF's check: CanConnectAsync on the host database
            .AddCheck<RowLevelSecurityHealthCheck>("row-level-security", tags: ["ready"])
            .AddDistributedReadinessChecks(context.Configuration);
    }
}

/// <summary>
/// Degraded (still ready) when the application's PostgreSQL role is a superuser or has BYPASSRLS, so row-level
/// security is not enforced; healthy otherwise and on SQLite.
/// </summary>
internal sealed class RowLevelSecurityHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<RowLevelSecurityRoleCheck>() is not { } check)
        {
            return HealthCheckResult.Healthy("Not PostgreSQL: no row-level security.");
        }

        var role = check.LastResult ?? await check.CheckAsync(cancellationToken);
        return role is null || role.IsRowLevelSecurityEnforced
            ? HealthCheckResult.Healthy("Row-level security is enforced for the application's role.")
            : HealthCheckResult.Degraded($"Role '{role.RoleName}' is a superuser or has BYPASSRLS: row-level security is NOT enforced.");
    }
}
