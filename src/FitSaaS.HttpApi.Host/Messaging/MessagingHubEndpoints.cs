using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Http;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace FitSaaS.Messaging;

/// <summary>Registers and maps the Messaging hub (ADR 0063).</summary>
public static class MessagingHubEndpoints
{
    /// <summary>The hub's path.</summary>
    public const string Path = "/hubs/messaging";

    /// <summary>
    /// SignalR with the HTTP API's JSON settings (enums as names), the host's <see cref="IMessagingRealtimePublisher"/> and,
    /// when <c>Redis:Configuration</c> is set (the distributed profile), the Redis backplane on its own connection with the
    /// channel prefix <c>{Cache:KeyPrefix}FitSaaS.SignalR</c> (instances sharing a Redis but not a cluster stay apart).
    /// </summary>
    public static IServiceCollection AddMessagingHub(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var signalR = services.AddSignalR(o => o.EnableDetailedErrors = false)
            .AddJsonProtocol(o => HttpApiJson.Configure(o.PayloadSerializerOptions));
        var redis = configuration[CachingServiceCollectionExtensions.RedisConfigurationKey];
        if (!string.IsNullOrWhiteSpace(redis))
        {
            var prefix = configuration[CachingServiceCollectionExtensions.KeyPrefixKey] ?? "";
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal($"{prefix}FitSaaS.SignalR"));
        }

        services.Replace(ServiceDescriptor.Scoped<IMessagingRealtimePublisher, SignalRMessagingRealtimePublisher>()); // the scope's unit of work
        services.Configure<AuditingOptions>(o => o.IgnoredUrlPrefixes.Add("/hubs"));
        return services;
    }

    /// <summary>
    /// Maps <see cref="MessagingHub"/> at <see cref="Path"/> (WebSockets, server-sent events, long polling); a connection
    /// is closed when its access token expires.
    /// </summary>
    public static IEndpointRouteBuilder MapMessagingHub(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHub<MessagingHub>(Path, o => o.CloseOnAuthenticationExpiration = true);
        return endpoints;
    }
}
