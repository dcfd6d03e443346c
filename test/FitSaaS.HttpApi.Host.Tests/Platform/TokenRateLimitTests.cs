using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Platform;

public sealed class UserRateLimitedWebFixture : FitSaaSWebFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        [new("AuthServer:TokenRequestsPerUserPerMinute", "3")];
}

public sealed class IpRateLimitedWebFixture : FitSaaSWebFixture
{
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
        [new("AuthServer:TokenRequestsPerIpPerMinute", "4")];
}

public sealed class TokenUserRateLimitTests(UserRateLimitedWebFixture fixture) : IClassFixture<UserRateLimitedWebFixture>
{
    [Fact]
    public async Task PasswordGrant_MoreThanTheUserLimit_Is429WithRetryAfter_OtherUsersUnaffected()
    {
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await fixture.RequestTokenAsync(null, "mallory-target", "wrong");
            allowed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        using var limited = await fixture.RequestTokenAsync(null, "mallory-target", "wrong");
        using var otherUser = await fixture.RequestTokenAsync(null, "admin", TestUsers.Password);

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("TokenServer:RateLimited");
        otherUser.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class TokenIpRateLimitTests(IpRateLimitedWebFixture fixture) : IClassFixture<IpRateLimitedWebFixture>
{
    [Fact]
    public async Task TokenEndpoint_MoreThanTheIpLimit_Is429WithRetryAfter()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await fixture.RequestTokenAsync(null, $"user{i}", "wrong");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Headers.RetryAfter.ShouldNotBeNull();
            }
        }

        statuses.Take(4).ShouldAllBe(s => s == HttpStatusCode.BadRequest);
        statuses.Skip(4).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }
}
