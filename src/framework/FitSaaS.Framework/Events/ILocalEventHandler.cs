namespace FitSaaS.Framework.Events;

/// <summary>
/// Handles one local (in-process) event type; registered by convention. By default it runs inside the publisher's
/// unit of work, before commit; a handler class marked <c>[LocalEventHandler(LocalEventPhase.AfterCommit)]</c> runs
/// once the unit of work has committed instead (see <see cref="LocalEventPhase"/>).
/// </summary>
/// <typeparam name="TEvent">Event type, named <c>{Subject}{PastTense}Event</c>.</typeparam>
public interface ILocalEventHandler<in TEvent>
    where TEvent : class
{
    /// <summary>Handles the event; before commit, throwing rolls the unit of work back.</summary>
    Task HandleEventAsync(TEvent eventData, CancellationToken cancellationToken = default);
}
