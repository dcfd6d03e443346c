using FitSaaS.Framework.Http;
using FitSaaS.Identity;
using FitSaaS.TenantManagement;

namespace FitSaaS.HttpApi.Host.Tests.Platform;

public sealed class AutoApiConventionTests
{
    [Theory]
    [InlineData(nameof(ITenantAppService.GetListAsync), "GET", "api/tenant-management/tenants")]
    [InlineData(nameof(ITenantAppService.GetAsync), "GET", "api/tenant-management/tenants/{id}")]
    [InlineData(nameof(ITenantAppService.CreateAsync), "POST", "api/tenant-management/tenants")]
    [InlineData(nameof(ITenantAppService.UpdateAsync), "PUT", "api/tenant-management/tenants/{id}")]
    [InlineData(nameof(ITenantAppService.DeleteAsync), "DELETE", "api/tenant-management/tenants/{id}")]
    [InlineData(nameof(ITenantAppService.DeactivateAsync), "POST", "api/tenant-management/tenants/{id}/deactivate")]
    public void GetAction_FollowsVerbAndRouteConventions(string method, string verb, string template)
    {
        var action = HttpApiConventions.GetAction(typeof(ITenantAppService), typeof(ITenantAppService).GetMethod(method)!);

        action.HttpMethod.ShouldBe(verb);
        action.Template.ShouldBe(template);
    }

    [Fact]
    public void GetAction_HonoursRouteOverride()
    {
        var action = HttpApiConventions.GetAction(typeof(IAccountAppService), typeof(IAccountAppService).GetMethod(nameof(IAccountAppService.GetMyProfileAsync))!);

        action.ShouldBe(new HttpApiAction("GET", "api/account/my-profile", []));
    }

    [Theory]
    [InlineData("ClassSession", "class-session")]
    [InlineData("TenantManagement", "tenant-management")]
    [InlineData("HTTPApi", "http-api")]
    public void ToKebabCase_SplitsWords(string input, string expected) => HttpApiConventions.ToKebabCase(input).ShouldBe(expected);
}
