using System.Collections.Concurrent;
using FitSaaS.Framework.Http.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.HttpApi.Host.Tests.ClientProxies;

/// <summary>A client application's container: the FitSaaS proxies against a base address, with every attempt recorded.</summary>
internal sealed class ProxyClient : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public ProxyClient(Uri baseAddress, Action<RemoteServiceConfiguration>? configure = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        collection.Configure<RemoteServiceOptions>(options =>
        {
            var configuration = new RemoteServiceConfiguration { BaseUrl = baseAddress.ToString() };
            configure?.Invoke(configuration);
            options.RemoteServices[RemoteServiceOptions.DefaultName] = configuration;
        });
        services?.Invoke(collection);
        collection.AddFitSaaSHttpApiClient();
        collection.AddHttpClient(HttpClientProxyNames.For(FitSaaSHttpApiClientModule.RemoteServiceName))
            .AddHttpMessageHandler(() => new RecordingHandler(Requests));
        _services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>Every attempt sent, in order (after the retry handler, so each retry is one entry).</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    internal sealed record RecordedRequest(HttpMethod Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string? Body, int? Status, IReadOnlyDictionary<string, string> ResponseHeaders);

    private sealed class RecordingHandler(ConcurrentQueue<RecordedRequest> requests) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!.PathAndQuery, headers, body, (int)response.StatusCode,
                    response.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase)));
                return response;
            }
            catch
            {
                requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!.PathAndQuery, headers, body, null, new Dictionary<string, string>()));
                throw;
            }
        }
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
