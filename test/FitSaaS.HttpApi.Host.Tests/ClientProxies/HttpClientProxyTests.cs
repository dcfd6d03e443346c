using System.Globalization;
using System.Net;
using System.Web;
using FitSaaS.Bookings;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Http.Client;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Threading;
using FitSaaS.Framework.Tracing;
using FitSaaS.HttpApi.Host.Tests.Platform;
using FitSaaS.Identity;
using FitSaaS.PermissionManagement;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.HttpApi.Host.Tests.ClientProxies;

/// <summary>The client proxies against the real host on Kestrel: token providers, headers, typed errors.</summary>
public sealed class HttpClientProxyTests(KestrelWebFixture fixture) : IClassFixture<KestrelWebFixture>
{
    private static RemoteServiceAuthenticationOptions Password(string userName = IdentityConsts.AdminUserName) =>
        new() { GrantType = "password", UserName = userName, Password = TestUsers.Password };

    [Fact]
    public async Task PasswordGrant_CachesTokensPerTenant_AndRenewsWithTheRefreshTokenBeforeExpiry()
    {
        var a = await fixture.CreateTenantAsync();
        var b = await fixture.CreateTenantAsync();
        var clock = new ManualClock();
        await using var client = new ProxyClient(fixture.ServerAddress!, c => c.Authentication = Password(), s => s.AddSingleton<TimeProvider>(clock));
        var tenant = client.Get<ICurrentTenant>();
        var account = client.Get<IAccountAppService>();

        var profiles = new List<ProfileDto>();
        foreach (var tenantId in new[] { a.Id, b.Id, a.Id, b.Id })
        {
            using (tenant.Change(tenantId))
            {
                profiles.Add(await account.GetMyProfileAsync());
            }
        }

        clock.Advance(TimeSpan.FromMinutes(59.5));
        using (tenant.Change(a.Id))
        {
            profiles.Add(await account.GetMyProfileAsync());
        }

        // Same user name in two tenants: two users, two tokens (ABP #9112 cached one token for both).
        profiles.Select(p => p.Id).ShouldBe([a.AdminUserId, b.AdminUserId, a.AdminUserId, b.AdminUserId, a.AdminUserId]);
        var grants = client.Requests.Where(r => r.PathAndQuery == "/connect/token")
            .Select(r => (HttpUtility.ParseQueryString(r.Body!)["grant_type"], r.Headers[HttpClientProxyHeaders.Tenant])).ToList();
        grants.ShouldBe([("password", a.Id.ToString()), ("password", b.Id.ToString()), ("refresh_token", a.Id.ToString())]);
        client.Requests.Where(r => r.PathAndQuery == "/api/account/my-profile").ShouldAllBe(r => r.Headers["Authorization"].StartsWith("Bearer "));
    }

    [Fact]
    public async Task ClientCredentials_ActsWithTheClientsOwnGrants()
    {
        var gym = await fixture.CreateTenantAsync();
        await using var admin = new ProxyClient(fixture.ServerAddress!, c => c.Authentication = Password());
        ClientWithSecretDto created;
        using (admin.Get<ICurrentTenant>().Change(gym.Id))
        {
            created = await admin.Get<IClientAppService>().CreateAsync(new CreateClientDto { ClientId = $"{gym.Name}-sync", DisplayName = "Door sync" });
        }

        await using var machine = new ProxyClient(fixture.ServerAddress!, c => c.Authentication = new RemoteServiceAuthenticationOptions
        {
            GrantType = "client_credentials",
            ClientId = created.Client.ClientId,
            ClientSecret = created.ClientSecret,
        });
        using var inGym = machine.Get<ICurrentTenant>().Change(gym.Id);
        var sessions = machine.Get<IClassSessionAppService>();

        var denied = await Should.ThrowAsync<AuthorizationException>(() => sessions.GetListAsync(new GetClassSessionListInput()));
        using (admin.Get<ICurrentTenant>().Change(gym.Id))
        {
            await admin.Get<IPermissionAppService>().UpdateAsync("C", created.Client.ClientId,
                new UpdatePermissionsDto { Permissions = [new UpdatePermissionDto { Name = denied.PermissionName!, IsGranted = true }] });
        }

        var page = await sessions.GetListAsync(new GetClassSessionListInput());

        denied.Code.ShouldBe(AuthorizationException.ForbiddenCode);
        denied.PermissionName.ShouldStartWith("FitSaaS.Bookings.");
        page.TotalCount.ShouldBe(0);
        machine.Requests.Count(r => r.PathAndQuery == "/connect/token").ShouldBe(1);
        HttpUtility.ParseQueryString(machine.Requests.First().Body!)["grant_type"].ShouldBe("client_credentials");
    }

    [Fact]
    public async Task WrongPassword_IsAnAuthorizationExceptionWithTheTokenEndpointsError()
    {
        await using var client = new ProxyClient(fixture.ServerAddress!, c => c.Authentication = new RemoteServiceAuthenticationOptions
        {
            GrantType = "password",
            UserName = IdentityConsts.AdminUserName,
            Password = "wrong-" + TestUsers.Password,
        });

        var refused = await Should.ThrowAsync<AuthorizationException>(() => client.Get<IAccountAppService>().GetMyProfileAsync());

        refused.Code.ShouldBe(RemoteServiceErrorCodes.TokenRequestFailed);
        refused.Data["error"].ShouldBe("invalid_grant");
        refused.Message.ShouldNotContain(TestUsers.Password);
        client.Requests.ShouldNotContain(r => r.PathAndQuery.StartsWith("/api/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServerErrors_ComeBackAsTheSameTypedExceptions()
    {
        var gym = await fixture.CreateTenantAsync();
        await using var host = new ProxyClient(fixture.ServerAddress!, c => c.Authentication = Password());
        await using var gymAdmin = new ProxyClient(fixture.ServerAddress!, c => c.Authentication = Password());
        await using var anonymous = new ProxyClient(fixture.ServerAddress!);
        await using var nowhere = new ProxyClient(new Uri(fixture.ServerAddress!, "no-such-prefix/"));
        var tenants = host.Get<ITenantAppService>();
        var missingId = Guid.NewGuid();

        var notFound = await Should.ThrowAsync<EntityNotFoundException>(() => tenants.GetAsync(missingId));
        var invalid = await Should.ThrowAsync<FitSaaSValidationException>(() =>
            tenants.CreateAsync(new CreateTenantDto { Name = "x", AdminEmail = "not-an-email", AdminPassword = TestUsers.Password }));
        var duplicate = await Should.ThrowAsync<BusinessException>(() =>
            tenants.CreateAsync(new CreateTenantDto { Name = gym.Name, AdminEmail = "a@b.test", AdminPassword = TestUsers.Password }));
        var unauthenticated = await Should.ThrowAsync<AuthorizationException>(() => anonymous.Get<ITenantAppService>().GetListAsync(new GetTenantListInput()));
        AuthorizationException forbidden;
        using (gymAdmin.Get<ICurrentTenant>().Change(gym.Id))
        {
            forbidden = await Should.ThrowAsync<AuthorizationException>(() => gymAdmin.Get<ITenantAppService>().GetListAsync(new GetTenantListInput()));
        }

        var remote = await Should.ThrowAsync<RemoteCallException>(() => nowhere.Get<ITenantAppService>().GetAsync(missingId));

        notFound.Code.ShouldBe(EntityNotFoundException.ErrorCode);
        notFound.Message.ShouldContain(missingId.ToString());
        notFound.InnerException.ShouldBeOfType<RemoteCallException>().StatusCode.ShouldBe(404);
        invalid.Errors.Keys.ShouldContain(k => k.Equals("adminEmail", StringComparison.OrdinalIgnoreCase));
        invalid.InnerException.ShouldBeOfType<RemoteCallException>().StatusCode.ShouldBe(400);
        duplicate.Code.ShouldStartWith("TenantManagement:");
        duplicate.InnerException.ShouldBeOfType<RemoteCallException>().Problem!.TraceId.ShouldNotBeNullOrEmpty();
        unauthenticated.Code.ShouldBe(AuthorizationException.UnauthenticatedCode);
        forbidden.Code.ShouldBe(AuthorizationException.ForbiddenCode);
        forbidden.PermissionName.ShouldNotBeNullOrEmpty();
        remote.StatusCode.ShouldBe(404);
        remote.Code.ShouldBe(RemoteServiceErrorCodes.RemoteCallFailed);
    }

    [Fact]
    public async Task EveryCall_CarriesTenantCorrelationIdLanguageAndToken()
    {
        var gym = await fixture.CreateTenantAsync();
        await using var client = new ProxyClient(fixture.ServerAddress!, c => c.Authentication = Password());
        var account = client.Get<IAccountAppService>();
        var previousCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            using (client.Get<ICurrentTenant>().Change(gym.Id))
            using (client.Get<ICorrelationIdAccessor>().Change("parity-corr-1"))
            {
                await account.GetMyProfileAsync();
            }

            using (client.Get<ICurrentTenant>().Change(gym.Id))
            {
                await account.GetMyProfileAsync();
                await account.GetMyProfileAsync();
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previousCulture;
        }

        var calls = client.Requests.Where(r => r.PathAndQuery == "/api/account/my-profile").ToList();
        calls.Count.ShouldBe(3);
        calls.ShouldAllBe(r => r.Headers[HttpClientProxyHeaders.Tenant] == gym.Id.ToString() && r.Headers["Accept-Language"] == "de-DE" &&
            r.Headers["Authorization"].StartsWith("Bearer ") && r.Status == 200);
        calls[0].Headers[HttpClientProxyHeaders.CorrelationId].ShouldBe("parity-corr-1");
        calls[0].ResponseHeaders[HttpClientProxyHeaders.CorrelationId].ShouldBe("parity-corr-1");
        calls[1].Headers[HttpClientProxyHeaders.CorrelationId].ShouldNotBe(calls[2].Headers[HttpClientProxyHeaders.CorrelationId]);
        calls[1].Headers[HttpClientProxyHeaders.CorrelationId].Length.ShouldBe(32);
    }
}
