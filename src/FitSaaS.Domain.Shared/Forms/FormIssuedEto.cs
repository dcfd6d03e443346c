using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Forms;

/// <summary>
/// Distributed event <c>Forms.FormIssued.v1</c>: a published form was issued to a member (by staff, or automatically when a
/// membership became active), who must now fill it in and sign it. Published through the outbox in the issuing transaction,
/// once per issued form: returning the member's open issue of the form again publishes nothing. Carries ids and the form's
/// title only (no answers, no other personal data); the tenant travels in the envelope.
/// </summary>
[EventName("Forms.FormIssued.v1")]
public sealed class FormIssuedEto
{
    /// <summary>The issued form (the member's to-do).</summary>
    public Guid IssuedFormId { get; init; }

    /// <summary>The form.</summary>
    public Guid FormId { get; init; }

    /// <summary>The form's name when it was issued (1 to <see cref="FormConsts.MaxNameLength"/> characters).</summary>
    public string FormTitle { get; init; } = string.Empty;

    /// <summary>The member who must fill it in (a user id of the tenant: Forms identifies members by their user id).</summary>
    public Guid MemberUserId { get; init; }

    /// <summary>Why it was issued.</summary>
    public IssuedFormSource Source { get; init; }

    /// <summary>The membership whose activation issued it; null when staff issued it.</summary>
    public Guid? MembershipId { get; init; }

    /// <summary>The local date (in the gym's zone) by which to fill it in; null when none.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>When it was issued (UTC).</summary>
    public DateTime IssuedAtUtc { get; init; }
}
