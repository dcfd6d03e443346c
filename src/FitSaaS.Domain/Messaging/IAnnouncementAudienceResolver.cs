namespace FitSaaS.Messaging;

/// <summary>
/// Resolves an announcement's audience to the current tenant's members (users holding the <c>member</c> role), with the
/// definitions of <see cref="AnnouncementAudienceKind"/>.
/// </summary>
public interface IAnnouncementAudienceResolver
{
    /// <summary>True when the audience's location, class type or plan exists in the current tenant (always true for the kinds without one).</summary>
    Task<bool> ReferenceExistsAsync(AnnouncementAudienceKind kind, Guid? referenceId, CancellationToken cancellationToken = default);

    /// <summary>The audience's user ids, distinct, in ascending order, as of <paramref name="nowUtc"/>.</summary>
    Task<List<Guid>> GetUserIdsAsync(AnnouncementAudienceKind kind, Guid? referenceId, DateTime nowUtc, CancellationToken cancellationToken = default);

    /// <summary>True when the audience matches at least one member as of <paramref name="nowUtc"/>.</summary>
    Task<bool> AnyAsync(AnnouncementAudienceKind kind, Guid? referenceId, DateTime nowUtc, CancellationToken cancellationToken = default);
}
