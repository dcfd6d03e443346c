using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace FitSaaS.Framework.Http.Client;

/// <summary>
/// The resilience of a remote service's <see cref="HttpClient"/>, on Polly: every attempt is limited to
/// <see cref="RemoteServiceConfiguration.Timeout"/> (a <see cref="TimeoutException"/> when exceeded); an idempotent
/// <c>GET</c> (or <c>HEAD</c>) is retried <see cref="RemoteServiceConfiguration.RetryCount"/> times with exponential
/// back-off and jitter after a connection failure, a timed-out attempt or a 408, 429, 500, 502, 503 or 504. Requests that
/// change data are sent once: a lost answer must not book a seat twice.
/// </summary>
public sealed partial class RemoteServiceResilienceHandler : DelegatingHandler
{
    private static readonly HashSet<HttpStatusCode> s_transient =
    [
        HttpStatusCode.RequestTimeout, HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError,
        HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    private readonly ResiliencePipeline<HttpResponseMessage> _idempotent;
    private readonly ResiliencePipeline<HttpResponseMessage> _once;
    private readonly TimeSpan _timeout;

    /// <summary>Creates the handler for one remote service.</summary>
    public RemoteServiceResilienceHandler(RemoteServiceConfiguration configuration, ILogger<RemoteServiceResilienceHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _timeout = configuration.Timeout;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (configuration.RetryCount > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = configuration.RetryCount,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = configuration.RetryBaseDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(response => s_transient.Contains(response.StatusCode)),
                OnRetry = args =>
                {
                    LogRetry(logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds,
                        args.Outcome.Result is { } failed ? ((int)failed.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : args.Outcome.Exception?.GetType().Name ?? "?");
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        _idempotent = builder.AddTimeout(configuration.Timeout).Build();
        _once = new ResiliencePipelineBuilder<HttpResponseMessage>().AddTimeout(configuration.Timeout).Build();
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pipeline = request.Method == HttpMethod.Get || request.Method == HttpMethod.Head ? _idempotent : _once;
        try
        {
            return await pipeline.ExecuteAsync(
                static async (state, token) => await state.Handler.BaseSendAsync(state.Request, token).ConfigureAwait(false),
                (Handler: this, Request: request), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new TimeoutException($"{request.Method} {request.RequestUri?.AbsolutePath} got no answer within {_timeout.TotalSeconds:0.###} s.", ex);
        }
    }

    private Task<HttpResponseMessage> BaseSendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Warning, Message = "Retrying an idempotent remote call (attempt {Attempt}) in {DelayMs} ms after {Failure}")]
    private static partial void LogRetry(ILogger logger, int attempt, double delayMs, string failure);
}
