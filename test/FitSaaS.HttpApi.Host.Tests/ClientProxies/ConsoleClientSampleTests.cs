using System.Text.RegularExpressions;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.ClientProxies;

/// <summary>The host on Kestrel with the demo tenant seeded (<c>demo-gym</c>, members <c>member01</c>…).</summary>
public sealed class DemoGymKestrelFixture : FitSaaSWebFixture
{
    protected override bool UseKestrel => true;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [new("Database:SeedDemoData", "true")];
}

/// <summary>Runs samples/FitSaaS.ConsoleClient as a user would (<c>dotnet FitSaaS.ConsoleClient.dll --RemoteServices:Default:BaseUrl=…</c>).</summary>
public sealed partial class ConsoleClientSampleTests(DemoGymKestrelFixture fixture) : IClassFixture<DemoGymKestrelFixture>
{
    [Fact]
    public async Task Sample_SignsInToDemoGym_ListsTheNextSessions_AndBooksOne_ThenTheNextOneOnASecondRun()
    {
        var first = await RunSampleAsync();
        var second = await RunSampleAsync();

        first.ExitCode.ShouldBe(0, first.Output);
        first.Output.ShouldContain("Signed in to demo-gym as member01");
        first.Output.ShouldContain("Next sessions (10 of ");
        var firstBooking = BookedLine().Match(first.Output);
        firstBooking.Success.ShouldBeTrue(first.Output);
        firstBooking.Groups["status"].Value.ShouldBe("Confirmed");
        second.ExitCode.ShouldBe(0, second.Output);
        second.Output.ShouldContain("Already booked into");
        var secondBooking = BookedLine().Match(second.Output);
        secondBooking.Success.ShouldBeTrue(second.Output);
        secondBooking.Groups["booking"].Value.ShouldNotBe(firstBooking.Groups["booking"].Value);
    }

    [Fact]
    public async Task Sample_WithAWrongPassword_ExitsWithTheTokenEndpointsError()
    {
        var run = await RunSampleAsync("--RemoteServices:Default:Authentication:Password=wrong");

        run.ExitCode.ShouldBe(1, run.Output);
        run.Output.ShouldContain("Failed (RemoteService:TokenRequestFailed)");
        run.Output.ShouldContain("invalid_grant");
    }

    private Task<(int ExitCode, string Output)> RunSampleAsync(params string[] arguments) =>
        ChildProcess.RunAsync("dotnet", [ChildProcess.BuiltAssembly("FitSaaS.ConsoleClient"), $"--RemoteServices:Default:BaseUrl={fixture.ServerAddress}", .. arguments],
            timeout: TimeSpan.FromMinutes(2));

    [GeneratedRegex(@"Booked .+: (?<status>Confirmed|Waitlisted).*, booking (?<booking>[0-9a-f-]{36})\.")]
    private static partial Regex BookedLine();
}
