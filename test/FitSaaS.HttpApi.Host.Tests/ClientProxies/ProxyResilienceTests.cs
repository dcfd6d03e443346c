using System.Net;
using FitSaaS.Framework.Http.Client;
using FitSaaS.Framework.Threading;
using FitSaaS.TenantManagement;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FitSaaS.HttpApi.Host.Tests.ClientProxies;

/// <summary>
/// Retries, time-outs and cancellation of the proxies against a stub server on loopback that answers the tenant routes
/// with failures on purpose (the real host never fails this way on demand).
/// </summary>
public sealed class ProxyResilienceTests : IAsyncLifetime
{
    private WebApplication _stub = null!;
    private Uri _address = null!;
    private int _gets;
    private int _posts;
    private int _slowCalls;
    private int _tokensIssued;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _stub = builder.Build();
        // Two 503s, then the tenant.
        _stub.MapGet("/api/tenant-management/tenants/{id:guid}", (Guid id) => Interlocked.Increment(ref _gets) <= 2
            ? Results.StatusCode(503)
            : _gets > 10
                ? Results.Json(new { id, isActive = true, concurrencyStamp = "1" })
                : Results.Json(new { id, name = "stub-gym", isActive = true, concurrencyStamp = "1" }));
        _stub.MapPost("/api/tenant-management/tenants", () =>
        {
            Interlocked.Increment(ref _posts);
            return Results.StatusCode(503);
        });
        _stub.MapGet("/api/tenant-management/tenants", async (CancellationToken aborted) =>
        {
            Interlocked.Increment(ref _slowCalls);
            await Task.Delay(TimeSpan.FromSeconds(30), aborted);
            return Results.Ok();
        });
        // A token server handing out t1, t2, …; the profile route accepts only the newest token (as after a key rotation).
        _stub.MapPost("/connect/token", () => Results.Json(new
        {
            access_token = $"t{Interlocked.Increment(ref _tokensIssued)}",
            token_type = "Bearer",
            expires_in = 3600,
        }));
        _stub.MapPost("/api/account/register", (HttpRequest request) => request.Headers.Authorization.ToString() == $"Bearer t{_tokensIssued}"
            ? Results.Json(new { id = Guid.NewGuid(), userName = "renewed", roles = Array.Empty<string>() })
            : Results.Problem(statusCode: 401, extensions: new Dictionary<string, object?> { ["code"] = "Authorization:Unauthenticated" }));
        await _stub.StartAsync();
        _address = new Uri(_stub.Urls.First() + "/");
    }

    public async ValueTask DisposeAsync() => await _stub.DisposeAsync();

    [Fact]
    public async Task IdempotentGet_IsRetriedAfterTransientFailures()
    {
        await using var client = new ProxyClient(_address, c => c.RetryBaseDelay = TimeSpan.FromMilliseconds(5));
        var id = Guid.NewGuid();

        var tenant = await client.Get<ITenantAppService>().GetAsync(id);

        tenant.Id.ShouldBe(id);
        tenant.Name.ShouldBe("stub-gym");
        client.Requests.Select(r => r.Status).ShouldBe([503, 503, 200]);
    }

    [Fact]
    public async Task Post_IsNeverRetried_AndKeepsTheStatus()
    {
        await using var client = new ProxyClient(_address, c => c.RetryBaseDelay = TimeSpan.FromMilliseconds(5));

        var failure = await Should.ThrowAsync<RemoteCallException>(() => client.Get<ITenantAppService>()
            .CreateAsync(new CreateTenantDto { Name = "gym", AdminEmail = "a@gym.test", AdminPassword = "1q2w3E*x" }));

        failure.StatusCode.ShouldBe(503);
        _posts.ShouldBe(1);
        client.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Get_GivesUpAfterItsRetries_WhenEveryAttemptTimesOut()
    {
        await using var client = new ProxyClient(_address, c =>
        {
            c.Timeout = TimeSpan.FromMilliseconds(300);
            c.RetryCount = 1;
            c.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
        });

        await Should.ThrowAsync<TimeoutException>(() => client.Get<ITenantAppService>().GetListAsync(new GetTenantListInput()));

        _slowCalls.ShouldBe(2);
    }

    [Fact]
    public async Task RefusedToken_IsRenewedOnce_AndTheCallSentAgain()
    {
        await using var client = new ProxyClient(_address, c => c.Authentication = new RemoteServiceAuthenticationOptions
        {
            GrantType = "client_credentials",
            ClientId = "door",
            ClientSecret = "s3cret",
        });
        var account = client.Get<FitSaaS.Identity.IAccountAppService>();
        var register = new FitSaaS.Identity.RegisterDto { UserName = "x", Email = "x@gym.test", Password = "1q2w3E*x" };

        var first = await account.RegisterAsync(register);
        Interlocked.Increment(ref _tokensIssued); // the server moves on: the cached t1 is refused from now on
        var second = await account.RegisterAsync(register);

        first.UserName.ShouldBe("renewed");
        second.UserName.ShouldBe("renewed");
        client.Requests.Select(r => (r.PathAndQuery, r.Headers.GetValueOrDefault("Authorization"), r.Status)).ShouldBe(
        [
            ("/connect/token", null, 200),
            ("/api/account/register", "Bearer t1", 200),
            ("/api/account/register", "Bearer t1", 401),
            ("/connect/token", null, 200),
            ("/api/account/register", "Bearer t3", 200),
        ]);
    }

    [Fact]
    public async Task AnswerThatDoesNotMatchTheContract_IsARemoteCallException()
    {
        await using var client = new ProxyClient(_address, c => c.RetryBaseDelay = TimeSpan.FromMilliseconds(5));
        Interlocked.Exchange(ref _gets, 10);

        // The stub's tenant has no "name" — TenantDto requires one.
        var failure = await Should.ThrowAsync<RemoteCallException>(() => client.Get<ITenantAppService>().GetAsync(Guid.NewGuid()));

        failure.StatusCode.ShouldBe(200);
        failure.InnerException.ShouldBeOfType<System.Text.Json.JsonException>();
    }

    [Fact]
    public async Task AmbientCancellationToken_CancelsTheCallAtOnce()
    {
        await using var client = new ProxyClient(_address);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var started = DateTime.UtcNow;

        using (client.Get<ICancellationTokenProvider>().Use(cancellation.Token))
        {
            await Should.ThrowAsync<OperationCanceledException>(() => client.Get<ITenantAppService>().GetListAsync(new GetTenantListInput()));
        }

        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(10));
        _slowCalls.ShouldBe(1);
    }
}
