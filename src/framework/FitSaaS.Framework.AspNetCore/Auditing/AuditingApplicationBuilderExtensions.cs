using FitSaaS.Framework.AspNetCore.Auditing;
using Microsoft.AspNetCore.Builder;

namespace FitSaaS.Framework.AspNetCore;

/// <summary>Pipeline side of auditing.</summary>
public static class AuditingApplicationBuilderExtensions
{
    /// <summary>
    /// Audits every request (one entry per request with its application-service actions and entity
    /// changes). Call right after <c>UseFitSaaS()</c> so the user and tenant are known; requires the
    /// AuditLogging module (it registers the auditing services).
    /// </summary>
    public static IApplicationBuilder UseFitSaaSAuditing(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseMiddleware<AuditingMiddleware>();
    }
}
