using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Messaging;

/// <summary>
/// A member's notification preferences (at most one per user; absent = defaults: no opt-outs, no quiet hours, the zone of the
/// location or tenant, English). Quiet hours are local wall-clock times in <see cref="TimeZoneId"/> (else the location's,
/// else the tenant's zone); a start after the end spans midnight (22:00–07:00); equal start and end mean none.
/// </summary>
public sealed class NotificationPreference : AggregateRoot<Guid>, IMultiTenant
{
    private NotificationPreference()
    {
        // EF Core
        EmailOptOuts = null!;
    }

    /// <summary>Default preferences of <paramref name="userId"/> (no opt-outs, no quiet hours, no zone, no language).</summary>
    public NotificationPreference(Guid id, Guid? tenantId, Guid userId)
        : base(id)
    {
        TenantId = tenantId;
        UserId = userId;
        EmailOptOuts = "";
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The member (user id).</summary>
    public Guid UserId { get; private set; }

    /// <summary>The categories whose e-mails the member does not want, comma separated names (see <see cref="GetEmailOptOuts"/>).</summary>
    public string EmailOptOuts { get; private set; }

    /// <summary>Start of the quiet hours (local time); null = none.</summary>
    public TimeOnly? QuietHoursStart { get; private set; }

    /// <summary>End of the quiet hours (local time); null = none.</summary>
    public TimeOnly? QuietHoursEnd { get; private set; }

    /// <summary>The member's IANA zone; null = the location's or the tenant's.</summary>
    public string? TimeZoneId { get; private set; }

    /// <summary>The member's language (e.g. <c>es</c>); null = English.</summary>
    public string? Language { get; private set; }

    /// <summary>The opted-out categories.</summary>
    public IReadOnlySet<NotificationCategory> GetEmailOptOuts() =>
        EmailOptOuts.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Enum.TryParse<NotificationCategory>(s, out var c) ? c : (NotificationCategory?)null)
            .Where(c => c is not null).Select(c => c!.Value).ToHashSet();

    /// <summary>
    /// Replaces the preferences. The caller validated them (<paramref name="timeZoneId"/> a known IANA zone,
    /// <paramref name="language"/> offered); transactional categories in <paramref name="emailOptOuts"/> are dropped (they
    /// cannot be opted out of).
    /// </summary>
    public void Change(IEnumerable<NotificationCategory> emailOptOuts, TimeOnly? quietHoursStart, TimeOnly? quietHoursEnd, string? timeZoneId, string? language)
    {
        ArgumentNullException.ThrowIfNull(emailOptOuts);
        EmailOptOuts = string.Join(',', emailOptOuts.Where(c => !NotificationCategories.IsTransactional(c)).Distinct().Order().Select(c => c.ToString()));
        var none = quietHoursStart is null || quietHoursEnd is null || quietHoursStart == quietHoursEnd;
        QuietHoursStart = none ? null : quietHoursStart;
        QuietHoursEnd = none ? null : quietHoursEnd;
        TimeZoneId = string.IsNullOrWhiteSpace(timeZoneId) ? null : timeZoneId.Trim();
        Language = string.IsNullOrWhiteSpace(language) ? null : language.Trim().ToLowerInvariant();
    }
}
