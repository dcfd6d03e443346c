using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Forms;

/// <summary>
/// Distributed event <c>Forms.LegalDocumentToSign.v1</c>: a new version of a legal document (a waiver, terms, a declaration)
/// was published with <see cref="LegalResignPolicy.AllMustResign"/>, so the members who signed an earlier version must sign
/// this one before the gates it guards let them through again (from <see cref="EffectiveFromUtc"/>). Published through the
/// outbox in the publishing transaction, once per version, in batches of at most
/// <see cref="LegalDocumentConsts.MaxMembersPerToSignEvent"/> members (<see cref="Batch"/> numbers them from 1). A first
/// version, or one published with <see cref="LegalResignPolicy.OnlyNewSigners"/>, publishes none: members meet it at the
/// gate. Carries ids, the title and dates only (no signatures, no personal data); the tenant travels in the envelope.
/// </summary>
[EventName("Forms.LegalDocumentToSign.v1")]
public sealed class LegalDocumentToSignEto
{
    /// <summary>The legal document.</summary>
    public Guid LegalDocumentId { get; init; }

    /// <summary>The version to sign.</summary>
    public Guid VersionId { get; init; }

    /// <summary>The version's number (2 or more: the first version is never announced).</summary>
    public int VersionNumber { get; init; }

    /// <summary>The document's title (1 to <see cref="LegalDocumentConsts.MaxTitleLength"/> characters).</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The document's kind.</summary>
    public LegalDocumentKind Kind { get; init; }

    /// <summary>When the version takes effect (UTC): from then on the gates ask for it.</summary>
    public DateTime EffectiveFromUtc { get; init; }

    /// <summary>This event's batch of the version's announcement, from 1.</summary>
    public int Batch { get; init; }

    /// <summary>
    /// The members (user ids of the tenant) who signed an earlier version and must sign this one: 1 to
    /// <see cref="LegalDocumentConsts.MaxMembersPerToSignEvent"/> distinct ids, each in exactly one batch of the version.
    /// </summary>
    public IReadOnlyList<Guid> MemberUserIds { get; init; } = [];
}
