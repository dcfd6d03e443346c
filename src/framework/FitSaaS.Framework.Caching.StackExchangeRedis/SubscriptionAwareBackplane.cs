using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane;

namespace FitSaaS.Framework.Caching.StackExchangeRedis;

/// <summary>
/// Passes every call to FusionCache's Redis backplane and tells when its subscription is in place
/// (<see cref="IsSubscribed"/>): until then an instance could miss another's announcement, so <see cref="FitSaaSFusionCache"/>
/// keeps no local copies.
/// </summary>
internal sealed class SubscriptionAwareBackplane(IFusionCacheBackplane inner) : IFusionCacheBackplane
{
    private readonly TaskCompletionSource _firstSubscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _subscribed;

    /// <summary>Whether the subscription to the backplane channel is in place.</summary>
    public bool IsSubscribed => _subscribed;

    /// <summary>Completes when the subscription is first in place.</summary>
    public Task FirstSubscribed => _firstSubscribed.Task;

    public void Subscribe(BackplaneSubscriptionOptions options)
    {
        inner.Subscribe(options);
        _subscribed = true;
        _firstSubscribed.TrySetResult();
    }

    public async ValueTask SubscribeAsync(BackplaneSubscriptionOptions options)
    {
        await inner.SubscribeAsync(options).ConfigureAwait(false);
        _subscribed = true;
        _firstSubscribed.TrySetResult();
    }

    public void Unsubscribe()
    {
        _subscribed = false;
        inner.Unsubscribe();
    }

    public async ValueTask UnsubscribeAsync()
    {
        _subscribed = false;
        await inner.UnsubscribeAsync().ConfigureAwait(false);
    }

    public ValueTask PublishAsync(BackplaneMessage message, FusionCacheEntryOptions options, CancellationToken token = default) =>
        inner.PublishAsync(message, options, token);

    public void Publish(BackplaneMessage message, FusionCacheEntryOptions options, CancellationToken token = default) =>
        inner.Publish(message, options, token);
}
