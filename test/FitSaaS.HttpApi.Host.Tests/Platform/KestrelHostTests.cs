using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Platform;

/// <summary>A web fixture served by Kestrel on a loopback port (used by the proxy parity suites and the browser test).</summary>
public sealed class KestrelWebFixture : FitSaaSWebFixture
{
    protected override bool UseKestrel => true;
}

public sealed class KestrelHostTests(KestrelWebFixture fixture) : IClassFixture<KestrelWebFixture>
{
    [Fact]
    public async Task Host_AnswersOverARealLoopbackSocket()
    {
        fixture.ServerAddress.ShouldNotBeNull();
        fixture.ServerAddress.Host.ShouldBe("127.0.0.1");
        using var plain = new HttpClient { BaseAddress = fixture.ServerAddress };
        using var response = await plain.GetAsync(new Uri("health/live", UriKind.Relative), TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.ShouldBeTrue();

        using var client = fixture.CreateClient();
        client.BaseAddress.ShouldBe(fixture.ServerAddress);
    }
}
