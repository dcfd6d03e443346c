using System.Net.Http.Json;
using FitSaaS.HttpApi.Host.Tests.Isolation;
using FitSaaS.Messaging;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Messaging;

/// <summary>
/// The templates' probe data in B: the Messaging feature on for B, and B's own English booking-confirmation template with the
/// marker in its subject and body (A's template list and previews must never show it).
/// </summary>
public sealed class TemplatesIsolationProbeSeed : IIsolationProbeSeed
{
    public string RoutePrefix => "/api/messaging/notification-templates";

    public async Task SeedAsync(IsolationProbeSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        using (var features = await context.HostAdmin.PutAsJsonAsync(
            $"/api/feature-management/tenants/{context.Victim.Id}/features",
            new { features = new[] { new { name = MessagingFeatures.Enabled, value = "true" } } }, TestJson.Options, cancellationToken))
        {
            features.EnsureSuccessStatusCode();
        }

        using var response = await context.VictimAdmin.PutAsJsonAsync(
            $"/api/messaging/notification-templates/{NotificationKind.BookingConfirmed}/en",
            new UpdateNotificationTemplateDto { Subject = $"Secret {context.Marker} {{{{ session_start }}}}", Body = $"Secret body {context.Marker}" },
            TestJson.Options, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
