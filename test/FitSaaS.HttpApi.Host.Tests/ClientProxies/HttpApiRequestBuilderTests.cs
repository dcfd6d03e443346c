using FitSaaS.Bookings;
using FitSaaS.Framework.Http;
using FitSaaS.Framework.Http.Client;
using FitSaaS.Identity;
using FitSaaS.PermissionManagement;

namespace FitSaaS.HttpApi.Host.Tests.ClientProxies;

public sealed class HttpApiRequestBuilderTests
{
    [Fact]
    public void ComplexQueryInput_IsFlattenedAsTheServerBindsIt()
    {
        var action = Action<IClassSessionAppService>(nameof(IClassSessionAppService.GetListAsync));
        var locationId = Guid.Parse("6c1b7a52-3f40-4b59-a1a9-2f8c4a0e9b11");

        var url = HttpApiRequestBuilder.BuildRelativeUrl(action, [new GetClassSessionListInput
        {
            FromUtc = new DateTime(2026, 11, 22, 6, 30, 0, DateTimeKind.Utc),
            LocationId = locationId,
            MaxResultCount = 5,
        }]);

        url.ShouldStartWith("api/bookings/class-sessions?");
        var query = System.Web.HttpUtility.ParseQueryString(url[(url.IndexOf('?') + 1)..]);
        query["fromUtc"].ShouldBe("2026-11-22T06:30:00.0000000Z");
        query["locationId"].ShouldBe(locationId.ToString());
        query["maxResultCount"].ShouldBe("5");
        query["toUtc"].ShouldBeNull();
    }

    [Fact]
    public async Task RouteQueryAndBody_GoWhereTheConventionsSay()
    {
        var update = Action<IPermissionAppService>(nameof(IPermissionAppService.UpdateAsync));
        var names = Action<IUserLookupService>(nameof(IUserLookupService.GetUserNamesAsync));
        var body = new UpdatePermissionsDto { Permissions = [new UpdatePermissionDto { Name = "X", IsGranted = true }] };
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();

        var updateUrl = HttpApiRequestBuilder.BuildRelativeUrl(update, ["R", "gym admin/ä", body]);
        var content = HttpApiRequestBuilder.BuildBody(update, ["R", "gym admin/ä", body])!;
        var namesUrl = HttpApiRequestBuilder.BuildRelativeUrl(names, [new[] { a, b }]);

        update.HttpMethod.ShouldBe("PUT");
        updateUrl.ShouldBe("api/permission-management/permissions?providerName=R&providerKey=gym%20admin%2F%C3%A4");
        (await content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe("{\"permissions\":[{\"name\":\"X\",\"isGranted\":true}]}");
        namesUrl.ShouldBe($"api/identity/user-lookups/user-names?ids={a}&ids={b}");
        HttpApiRequestBuilder.BuildBody(names, [new[] { a }]).ShouldBeNull();
    }

    [Fact]
    public void RouteValues_AreEscaped_AndNullIsRefused()
    {
        var get = Action<IClassSessionAppService>(nameof(IClassSessionAppService.GetRosterAsync));
        var id = Guid.NewGuid();

        HttpApiRequestBuilder.BuildRelativeUrl(get, [id]).ShouldBe($"api/bookings/class-sessions/{id}/roster");
        HttpApiRequestBuilder.BuildRelativeUrl(Action<FitSaaS.TenantManagement.ITenantAppService>(nameof(FitSaaS.TenantManagement.ITenantAppService.RemoveDomainAsync)), [id, "a b.example"])
            .ShouldBe($"api/tenant-management/tenants/{id}/domain?hostName=a%20b.example");
        Should.Throw<ArgumentException>(() => HttpApiRequestBuilder.BuildRelativeUrl(get, [null]));
    }

    [Fact]
    public async Task EveryContract_ResolvesToAProxy()
    {
        await using var client = new ProxyClient(new Uri("http://127.0.0.1:9/"));
        var contracts = Microsoft.Extensions.DependencyInjection.HttpClientProxyServiceCollectionExtensions.GetContracts(typeof(FitSaaSApplicationContractsModule).Assembly);

        contracts.Count.ShouldBeGreaterThan(15);
        foreach (var contract in contracts)
        {
            HttpClientProxy.Validate(contract);
            client.Get<IServiceProvider>().GetService(contract).ShouldBeAssignableTo<HttpClientProxy>().ShouldBeAssignableTo(contract);
        }
    }

    private static HttpApiAction Action<T>(string method) => HttpApiConventions.GetAction(typeof(T), typeof(T).GetMethod(method)!);
}
