namespace FitSaaS.Messaging;

/// <summary>What <see cref="NotificationDispatcher.DispatchAsync"/> notifies: one event to one or more recipients.</summary>
public sealed class NotificationRequest
{
    /// <summary>The users (members) to notify; duplicates count once.</summary>
    public required IReadOnlyCollection<Guid> RecipientUserIds { get; init; }

    /// <summary>The kind (selects the template and the opt-out category).</summary>
    public required NotificationKind Kind { get; init; }

    /// <summary>The idempotency key derived from the event (see <see cref="NotificationSourceKeys"/>).</summary>
    public required string SourceKey { get; init; }

    /// <summary>The template variables (<see cref="NotificationTemplateLibrary.GetVariables"/>): UTC instants, <see cref="NotificationMoney"/>, numbers, text.</summary>
    public required IReadOnlyDictionary<string, object?> Model { get; init; }

    /// <summary>A Bookings location whose zone applies to members without a zone of their own; null = the tenant's zone.</summary>
    public Guid? LocationId { get; init; }

    /// <summary>The type of the entity the notification links to (e.g. <c>Booking</c>); null when none.</summary>
    public string? LinkEntityType { get; init; }

    /// <summary>The id of the entity it links to.</summary>
    public Guid? LinkEntityId { get; init; }
}
