using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Guids;
using FitSaaS.Identity;

namespace FitSaaS.Messaging;

/// <summary>
/// Demo notifications (only with <see cref="DataSeedContext.IncludeDemoData"/>): for the first <see cref="DemoMembers"/> demo
/// members (<see cref="IdentityConsts.DemoMemberIdsSeedProperty"/>) a read welcome announcement, an unread booking
/// confirmation and an unread invoice, rendered from the English default templates in UTC. Stored directly (no e-mail, no
/// push). Idempotent through the source keys (<c>demo:…</c>): a second run adds nothing.
/// </summary>
public sealed class NotificationsDemoDataSeedContributor(INotificationRepository notifications, IGuidGenerator guidGenerator, TimeProvider timeProvider)
    : IDataSeedContributor, ITransientDependency
{
    /// <summary>How many demo members get notifications.</summary>
    public const int DemoMembers = 3;

    /// <summary>Notifications per demo member.</summary>
    public const int PerMember = 3;

    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IncludeDemoData || context.TenantId is not { } tenantId ||
            !context.Properties.TryGetValue(IdentityConsts.DemoMemberIdsSeedProperty, out var value) || value is not IReadOnlyList<Guid> ids)
        {
            return;
        }

        var members = ids.Take(DemoMembers).ToList();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var items = new (NotificationKind Kind, string Key, Dictionary<string, object?> Model, TimeSpan Age, bool Read, string? LinkType)[]
        {
            (NotificationKind.Announcement, "demo:welcome", new() { ["title"] = "Welcome to the gym", ["body"] = "Book your first class in the app." }, TimeSpan.FromDays(3), true, null),
            (NotificationKind.BookingConfirmed, "demo:booking", new() { ["session_start"] = now.Date.AddDays(1).AddHours(18), ["duration_minutes"] = 60 }, TimeSpan.FromHours(5), false, null),
            (NotificationKind.InvoiceIssued, "demo:invoice", new() { ["invoice_number"] = "DEMO-0001", ["amount"] = new NotificationMoney(4900, "EUR"), ["due_at"] = now.Date.AddDays(7) }, TimeSpan.FromHours(1), false, null),
        };
        var created = new List<Notification>();
        foreach (var (kind, key, model, age, read, linkType) in items)
        {
            var have = await notifications.GetRecipientsWithSourceKeyAsync(key, members, cancellationToken);
            var text = NotificationTemplateRenderer.Render(NotificationTemplateLibrary.Get(kind, NotificationConsts.DefaultLanguage), model, "UTC");
            foreach (var member in members.Where(m => !have.Contains(m)))
            {
                var notification = new Notification(guidGenerator.Create(), tenantId, member, kind, key, text.Title, text.Body, linkType, null, now - age);
                if (read)
                {
                    notification.MarkRead(now - age + TimeSpan.FromHours(1));
                }

                created.Add(notification);
            }
        }

        if (created.Count > 0)
        {
            await notifications.InsertManyAsync(created, cancellationToken);
        }
    }
}
