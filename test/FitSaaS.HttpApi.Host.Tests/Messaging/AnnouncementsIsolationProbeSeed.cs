using FitSaaS.HttpApi.Host.Tests.Isolation;
using FitSaaS.Messaging;
using static FitSaaS.HttpApi.Host.Tests.Isolation.IsolationProbeSeedContext;

namespace FitSaaS.HttpApi.Host.Tests.Messaging;

/// <summary>
/// The announcements' probe data in B: a draft announcement to everybody (marker in its title and body), tried as A through
/// the staff routes and the member routes.
/// </summary>
public sealed class AnnouncementsIsolationProbeSeed : IIsolationProbeSeed
{
    public string RoutePrefix => "/api/messaging/announcements";

    public async Task SeedAsync(IsolationProbeSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var announcement = await PostAsync(context.VictimAdmin, "/api/messaging/announcements", new CreateAnnouncementDto
        {
            Title = $"Secret announcement {context.Marker}",
            Body = $"Secret body {context.Marker}",
            AudienceKind = AnnouncementAudienceKind.All,
        }, cancellationToken);
        var id = announcement.GetProperty("id").GetGuid();
        context.Targets.AddId("announcements", id, "B's announcement");
        context.Targets.AddId("my-announcements", id, "B's announcement (member routes)");
    }
}
