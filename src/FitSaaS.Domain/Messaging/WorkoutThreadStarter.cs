using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Features;

namespace FitSaaS.Messaging;

/// <summary>
/// Handles Programs' <see cref="Programs.WorkoutPublishedEto"/> (a distributed event contract, the only Programs type Messaging
/// uses; when Programs is left out of the host the event is neither registered nor published and this handler never runs):
/// starts the workout's thread for its local date, or renames the existing one to the republished title, so a redelivered or
/// repeated publication still gives one thread per workout and date. Nothing is done while the gym has
/// <see cref="MessagingFeatures.Enabled"/> off. Runs in the event's tenant and unit of work.
/// </summary>
public sealed class WorkoutThreadStarter(ConversationManager manager, IFeatureChecker features, TimeProvider clock)
    : IDistributedEventHandler<Programs.WorkoutPublishedEto>
{
    /// <inheritdoc/>
    public async Task HandleEventAsync(Programs.WorkoutPublishedEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (string.IsNullOrWhiteSpace(eventData.Title) || !await features.IsEnabledAsync(MessagingFeatures.Enabled, cancellationToken))
        {
            return;
        }

        await manager.GetOrStartWorkoutThreadAsync(eventData.WorkoutId, eventData.Date, eventData.Title, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
